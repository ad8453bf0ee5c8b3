import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Raw, type EntityManager } from 'typeorm';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { Unit } from '../organization/unit.entity';
import { AssessmentItem } from './assessment-item.entity';
import { Assessment, type AssessmentStatus } from './assessment.entity';
import { toEvidenceDto, type EvidenceByItem } from './assessment.mapper';
import { containsPattern } from '../common/database-errors';
import { DEFAULT_LIMIT, orderTerms } from '../common/http/list-query';
import { ASSESSMENT_SORT, type AssessmentListQueryDto } from './assessment.dto';

/**
 * `column = ANY($1::uuid[])`: one parameter however many ids — `In(…)` sends one per id, and PostgreSQL's
 * protocol stops at 65,535 (the appraisal queue of a national period asks about ~475,000 items).
 */
function anyOf(ids: string[]) {
  return Raw((column) => `${column} = ANY(CAST(:ids AS uuid[]))`, { ids });
}

/** An item as the appraisal queue chooses its rows: whether round 1, the explanation and round 2 are done. */
export interface QueueMark {
  id: string;
  assessmentId: string;
  leafCode: string;
  round1: boolean;
  round2: boolean;
  explained: boolean;
}

/** A unit's assessment in the period overview, before its items are added up. */
export interface AssessmentSummaryRow {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  groupCode: string;
  status: AssessmentStatus;
  criteriaSetId: string;
  submittedAt: Date | null;
  bonusMilli: number;
  penaltyMilli: number;
  version: number;
}

/**
 * The reads of the self-assessment module (like immich's `album.repository.ts`): SQL and TypeORM finds live
 * here, services call these. Methods that may run inside a transaction take its EntityManager.
 */
@Injectable()
export class AssessmentReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of the period's assessments with their unit and group, filtered, sorted and paged in SQL.
   * `reach` narrows an appraiser to the units they cover (as `coverageOf` decides it): their assignment row
   * when the period has assignments, otherwise every unit but their own.
   */
  async summaries(
    periodId: string,
    query: AssessmentListQueryDto,
    reach: { ownUnitId: string | null; userId: string } | null,
  ): Promise<{ rows: AssessmentSummaryRow[]; total: number; limit: number; offset: number }> {
    const parameters: unknown[] = [periodId];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const where = ['a.period_id = $1'];
    if (reach) {
      where.push(`u.id IS DISTINCT FROM ${bind(reach.ownUnitId)}::uuid`);
      const user = bind(reach.userId);
      where.push(`(NOT EXISTS (SELECT 1 FROM appraisal_assignment x WHERE x.period_id = a.period_id)
                   OR EXISTS (SELECT 1 FROM appraisal_assignment aa
                               WHERE aa.period_id = a.period_id AND aa.user_id = ${user}::uuid
                                 AND (cardinality(aa.unit_codes) = 0 OR u.code = ANY (aa.unit_codes))))`);
    }
    if (query.status) where.push(`a.status = ${bind(query.status)}`);
    if (query.group) where.push(`pu.group_code = ${bind(query.group)}`);
    if (query.q) {
      const q = bind(containsPattern(query.q));
      where.push(
        `(public.par_fold(u.code) LIKE public.par_fold(${q}) OR public.par_fold(u.name) LIKE public.par_fold(${q}))`,
      );
    }
    const from = `FROM assessment a JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
        WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*) AS total ${from}`,
      parameters,
    );
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const order = orderTerms(query.sort, ASSESSMENT_SORT, 'group,unitCode')
      .map((term) => `${term.expression} ${term.direction} NULLS LAST`)
      .join(', ');
    const rows = await this.dataSource.query<
      {
        id: string;
        unit_id: string;
        unit_code: string;
        unit_name: string;
        group_code: string;
        status: AssessmentStatus;
        criteria_set_id: string;
        submitted_at: Date | null;
        bonus_milli: number;
        penalty_milli: number;
        version: number;
      }[]
    >(
      `SELECT u.code AS unit_code, u.name AS unit_name, pu.group_code, a.status, a.criteria_set_id, a.submitted_at, a.version, a.id, a.unit_id,
              a.bonus_milli, a.penalty_milli
         ${from} ORDER BY ${order}, a.id LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
      parameters,
    );
    return {
      total: Number(total),
      limit,
      offset,
      rows: rows.map((row) => ({
        id: row.id,
        unitId: row.unit_id,
        unitCode: row.unit_code,
        unitName: row.unit_name,
        groupCode: row.group_code,
        status: row.status,
        criteriaSetId: row.criteria_set_id,
        submittedAt: row.submitted_at,
        bonusMilli: row.bonus_milli,
        penaltyMilli: row.penalty_milli,
        version: row.version,
      })),
    };
  }

  /** The period's assessments in one status (the appraisal queue's round). */
  inStatus(periodId: string, status: AssessmentStatus): Promise<Assessment[]> {
    return this.dataSource.getRepository(Assessment).find({ where: { periodId, status } });
  }

  unitsById(unitIds: string[]): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).findBy({ id: anyOf(unitIds) });
  }

  /** The written items of one assessment (leaves never written have no row). */
  items(manager: EntityManager, assessmentId: string): Promise<AssessmentItem[]> {
    return manager.find(AssessmentItem, { where: { assessmentId } });
  }

  /** The written items of several assessments. */
  itemsOf(assessmentIds: string[]): Promise<AssessmentItem[]> {
    return this.dataSource
      .getRepository(AssessmentItem)
      .find({ where: { assessmentId: anyOf(assessmentIds) } });
  }

  /**
   * What the appraisal queue needs of every written item to choose its rows — not the items themselves:
   * at national scale (~475,000 items) reading whole entities costs seconds and gigabytes.
   */
  queueMarks(assessmentIds: string[]): Promise<QueueMark[]> {
    return this.dataSource.query<QueueMark[]>(
      `SELECT id, assessment_id AS "assessmentId", leaf_code AS "leafCode",
              r1_at IS NOT NULL AS "round1", r2_at IS NOT NULL AS "round2",
              explanation_at IS NOT NULL AS "explained"
         FROM assessment_item WHERE assessment_id = ANY($1::uuid[])`,
      [assessmentIds],
    );
  }

  /** Items by id (whole entities), e.g. the rows of one queue page. */
  itemsById(ids: string[]): Promise<AssessmentItem[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(AssessmentItem).find({ where: { id: anyOf(ids) } });
  }

  /** One item by id, or by its assessment and leaf (as it is now, e.g. for a 409's `current`). */
  item(manager: EntityManager, where: { id: string } | { assessmentId: string; leafCode: string }) {
    return manager.findOneBy(AssessmentItem, where);
  }

  /** Explained items of an assessment that still wait for their round-2 decision. */
  awaitingRound2(manager: EntityManager, assessmentId: string): Promise<AssessmentItem[]> {
    return manager
      .createQueryBuilder(AssessmentItem, 'i')
      .where('i.assessment_id = :id AND i.explanation IS NOT NULL AND i.r2_at IS NULL', { id: assessmentId })
      .getMany();
  }

  /** The evidence files of items, by item id, oldest first. */
  async evidenceOf(manager: EntityManager, itemIds: string[]): Promise<EvidenceByItem> {
    if (itemIds.length === 0) return new Map();
    const links = await manager.find(EvidenceLink, {
      where: { itemId: anyOf(itemIds) },
      relations: { file: true },
      order: { uploadedAt: 'ASC' },
    });
    const byItem: EvidenceByItem = new Map();
    for (const link of links) {
      const list = byItem.get(link.itemId) ?? [];
      list.push(toEvidenceDto(link, link.file!));
      byItem.set(link.itemId, list);
    }
    return byItem;
  }
}
