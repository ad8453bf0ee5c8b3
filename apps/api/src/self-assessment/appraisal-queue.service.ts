import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CriteriaSet, LeafNode } from '@par/scoring';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal';
import { userOf } from '../auth/principal';
import { orderTerms } from '../common/http/list-query';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { areaOf, coverageOf, covers } from './assessment-access';
import { AssessmentItem } from './assessment-item.entity';
import { QUEUE_SORT, type QueueItemDto, type QueuePageDto, type QueueQueryDto } from './appraisal-queue.dto';
import { toEvidenceDto, toItemDto, type EvidenceByItem } from './assessment.mapper';

/** The leaves of one criteria set a queue row can be, passed to SQL as parallel arrays (four parameters). */
interface LeafCatalogue {
  setIds: string[];
  leafCodes: string[];
  areaCodes: string[];
  orders: number[];
}

interface QueueRow {
  criteria_set_id: string;
  assessment_status: QueueItemDto['assessmentStatus'];
  unit_code: string;
  unit_name: string;
  leaf_code: string;
  item_id: string | null;
  pending: boolean;
}

/**
 * The appraiser's work list across units: round 1 — every leaf of submitted assessments in the caller's
 * scope (their period's assignment, never their own unit); round 2 — explained leaves. Each row carries the
 * self score, evidence and history side by side.
 *
 * Filtered, counted, sorted and paged in PostgreSQL (one statement for the totals, one for the page), so it
 * answers for a national period (3,300 units × 150 leaves = ~500,000 candidate rows) with a fixed number of
 * SQL parameters: the leaves go in as arrays (`unnest($n::text[])`), never one parameter per item.
 */
@Injectable()
export class AppraisalQueueService {
  constructor(
    private readonly sets: CriteriaSetCache,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async queue(periodId: string, query: QueueQueryDto, actor: Actor): Promise<QueuePageDto> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    const user = userOf(actor);
    const round: 1 | 2 = period.state === 'final_appraisal' ? 2 : 1;
    const pageSize = query.limit ?? query.pageSize ?? 200;
    const offset = query.offset ?? ((query.page ?? 1) - 1) * pageSize;
    const order = orderTerms(query.sort, QUEUE_SORT, 'unitCode,leafCode');
    const empty: QueuePageDto = {
      items: [],
      total: 0,
      pending: 0,
      limit: pageSize,
      offset,
      page: Math.floor(offset / pageSize) + 1,
      pageSize,
    };
    if (!user || (user.role !== 'admin' && user.role !== 'appraiser')) return empty;

    const setIds = (
      await this.dataSource.query<{ criteria_set_id: string }[]>(
        `SELECT DISTINCT criteria_set_id FROM assessment WHERE period_id = $1 AND status = $2`,
        [periodId, round === 1 ? 'submitted' : 'explained'],
      )
    ).map((row) => row.criteria_set_id);
    const parsed = new Map<string, CriteriaSet>();
    for (const setId of setIds) parsed.set(setId, await this.sets.get(setId));

    const [{ assigned }] = await this.dataSource.query<{ assigned: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM appraisal_assignment WHERE period_id = $1) AS assigned`,
      [periodId],
    );
    // Without assignments an appraiser's reach is the same on every unit (their areas / lead agency): the
    // leaves are filtered here. With assignments it depends on the unit: SQL reads their assignment row.
    const unitIndependent =
      user.role === 'admin' ? null : assigned ? null : coverageOf(user, { id: '', code: '' }, []);
    if (user.role !== 'admin' && !assigned && !unitIndependent) return empty;
    const catalogue: LeafCatalogue = { setIds: [], leafCodes: [], areaCodes: [], orders: [] };
    for (const [setId, set] of parsed) {
      set.leaves.forEach((leaf: LeafNode, index: number) => {
        if (leaf.source !== 'assessment') return;
        if (unitIndependent && !covers(unitIndependent, set, leaf)) return;
        const area = areaOf(set, leaf.code);
        if (query.area && area !== query.area) return;
        catalogue.setIds.push(setId);
        catalogue.leafCodes.push(leaf.code);
        catalogue.areaCodes.push(area);
        catalogue.orders.push(index);
      });
    }

    const parameters: unknown[] = [
      periodId,
      round === 1 ? 'submitted' : 'explained',
      catalogue.setIds,
      catalogue.leafCodes,
      catalogue.areaCodes,
      catalogue.orders,
      round,
    ];
    const where: string[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    if (user.role !== 'admin') {
      where.push(`u.id IS DISTINCT FROM ${bind(user.unitId)}::uuid`);
      if (assigned) {
        where.push(`EXISTS (SELECT 1 FROM appraisal_assignment aa
                     WHERE aa.period_id = a.period_id AND aa.user_id = ${bind(user.id)}::uuid
                       AND (cardinality(aa.unit_codes) = 0 OR u.code = ANY (aa.unit_codes))
                       AND (cardinality(aa.area_codes) = 0 OR l.area_code = ANY (aa.area_codes)))`);
      }
    }
    if (round === 2) where.push(`i.explanation_at IS NOT NULL`);
    if (query.unitCode) where.push(`lower(u.code) = lower(${bind(query.unitCode)})`);
    const wanted = query.status ?? 'pending';
    const rowsSql = `
      WITH leaves AS (
        SELECT * FROM unnest($3::uuid[], $4::text[], $5::text[], $6::int[]) AS l(set_id, leaf_code, area_code, ord)
      ), candidates AS (
        SELECT a.criteria_set_id, a.status AS assessment_status, u.code AS unit_code, u.name AS unit_name,
               l.leaf_code, l.area_code, l.ord, i.id AS item_id,
               CASE WHEN $7::int = 1 THEN i.r1_at IS NULL ELSE i.r2_at IS NULL END AS pending
          FROM assessment a
          JOIN unit u ON u.id = a.unit_id
          JOIN leaves l ON l.set_id = a.criteria_set_id
          LEFT JOIN assessment_item i ON i.assessment_id = a.id AND i.leaf_code = l.leaf_code
         WHERE a.period_id = $1 AND a.status = $2 ${where.map((condition) => `AND ${condition}`).join(' ')}
      ), rows AS (
        SELECT * FROM candidates
         ${wanted === 'pending' ? 'WHERE pending' : wanted === 'done' ? 'WHERE NOT pending' : ''}
      )`;
    const [totals] = await this.dataSource.query<{ total: string; pending: string }[]>(
      `${rowsSql} SELECT count(*) AS total, count(*) FILTER (WHERE pending) AS pending FROM rows`,
      parameters,
    );
    const orderBy = order.map((term) => `${term.expression} ${term.direction}`).join(', ');
    const page = await this.dataSource.query<QueueRow[]>(
      `${rowsSql} SELECT criteria_set_id, assessment_status, unit_code, unit_name, leaf_code, item_id, pending
         FROM rows ORDER BY ${orderBy}, unit_code, ord LIMIT ${bind(pageSize)} OFFSET ${bind(offset)}`,
      parameters,
    );

    const itemIds = page.flatMap((row) => (row.item_id ? [row.item_id] : []));
    const items = new Map(
      (itemIds.length === 0
        ? []
        : await this.dataSource
            .getRepository(AssessmentItem)
            .createQueryBuilder('i')
            .where('i.id = ANY(CAST(:ids AS uuid[]))', { ids: itemIds })
            .getMany()
      ).map((item) => [item.id, item]),
    );
    const evidence = await this.evidenceOf(itemIds);
    return {
      ...empty,
      total: Number(totals.total),
      pending: Number(totals.pending),
      items: page.map((row) => {
        const set = parsed.get(row.criteria_set_id)!;
        const leaf = set.leaves.find((candidate) => candidate.code === row.leaf_code)!;
        const item = row.item_id ? (items.get(row.item_id) ?? null) : null;
        return {
          ...toItemDto(set, leaf, item, evidence.get(row.item_id ?? '') ?? []),
          unitCode: row.unit_code,
          unitName: row.unit_name,
          assessmentStatus: row.assessment_status,
          round,
          pending: row.pending,
        };
      }),
    };
  }

  /** The evidence of the page's items (one array parameter), oldest first. */
  private async evidenceOf(itemIds: string[]): Promise<EvidenceByItem> {
    const byItem: EvidenceByItem = new Map();
    if (itemIds.length === 0) return byItem;
    const links = await this.dataSource
      .getRepository(EvidenceLink)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.file', 'file')
      .where('link.item_id = ANY(CAST(:ids AS uuid[]))', { ids: itemIds })
      .orderBy('link.uploaded_at', 'ASC')
      .getMany();
    for (const link of links) {
      const list = byItem.get(link.itemId) ?? [];
      list.push(toEvidenceDto(link, link.file!));
      byItem.set(link.itemId, list);
    }
    return byItem;
  }
}
