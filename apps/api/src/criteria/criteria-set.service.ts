import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { diffCriteriaSets, parseCriteriaSet, type CriteriaSet, type CriteriaSetDiff } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { CriteriaNodeRow } from './criteria-node.entity';
import { CriteriaSetRow } from './criteria-set.entity';
import { criteriaSetInvalid, criteriaSetNotFound } from './criteria-set.errors';
import {
  toCriteriaSetDetail,
  toCriteriaSetSummary,
  toCriteriaSetV1,
  type LoadedSet,
} from './criteria-set.mapper';
import { sameCode } from '../common/codes';
import { containsPattern } from '../common/database-errors';
import { foldedContains, pageOf, type Page } from '../common/http/list-query';
import {
  CRITERIA_SET_SORT,
  type CriteriaSetDetailDto,
  type CriteriaSetQueryDto,
  type CriteriaSetSummaryDto,
} from './criteria.dto';

/** Reads of criteria sets: the list, one set with its tree, the parsed (exact) set, a year-over-year diff. */
@Injectable()
export class CriteriaSetService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of sets, filtered, searched (accent-insensitive) and sorted in SQL; leaf counts for that page only. */
  async list(query: CriteriaSetQueryDto): Promise<Page<CriteriaSetSummaryDto>> {
    const qb = this.dataSource.getRepository(CriteriaSetRow).createQueryBuilder('s');
    if (query.code) qb.andWhere('lower(s.code) = lower(:code)', { code: query.code });
    if (query.year) qb.andWhere('s.year = :year', { year: query.year });
    if (query.unitType) qb.andWhere('s.unit_type = :unitType', { unitType: query.unitType });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.q) qb.andWhere(foldedContains(['s.code', 's.name'], 'q'), { q: containsPattern(query.q) });
    const page = await pageOf(qb, query, {
      fields: CRITERIA_SET_SORT,
      default: '-year,code',
      tieBreaker: 's.id',
    });
    const stats = await this.dataSource.query<{ set_id: string; leaves: string; max_milli: string }[]>(
      `SELECT n.set_id,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM criteria_node c WHERE c.set_id = n.set_id AND c.parent_code = n.code)) AS leaves,
              coalesce(sum(n.max_milli) FILTER (WHERE n.parent_code IS NULL), 0) AS max_milli
         FROM criteria_node n WHERE n.set_id = ANY($1::uuid[]) GROUP BY n.set_id`,
      [page.items.map((row) => row.id)],
    );
    const bySet = new Map(stats.map((stat) => [stat.set_id, stat]));
    return {
      ...page,
      items: page.items.map((row) => {
        const stat = bySet.get(row.id);
        return toCriteriaSetSummary(row, Number(stat?.leaves ?? 0), Number(stat?.max_milli ?? 0));
      }),
    };
  }

  /** The set with this code (ignoring case), with its tree; 404 if there is none. */
  async byCode(code: string): Promise<CriteriaSetDetailDto> {
    const row = await this.dataSource.getRepository(CriteriaSetRow).findOneBy({ code: sameCode(code) });
    if (!row) throw criteriaSetNotFound();
    return this.detail(row.id);
  }

  async load(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedSet> {
    const row = await manager.findOneBy(CriteriaSetRow, { id });
    if (!row) throw criteriaSetNotFound();
    const nodes = await manager.find(CriteriaNodeRow, { where: { setId: id }, order: { sortOrder: 'ASC' } });
    return { row, nodes, document: toCriteriaSetV1(row, nodes) };
  }

  /** The set's row, locked for the rest of the transaction; 404 if there is none. */
  async lock(manager: EntityManager, id: string): Promise<CriteriaSetRow> {
    const row = await manager.findOne(CriteriaSetRow, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw criteriaSetNotFound();
    return row;
  }

  /** The validated, exact set (for scoring); throws CRITERIA_SET_INVALID if it does not validate. */
  async parsed(id: string, manager?: EntityManager): Promise<{ loaded: LoadedSet; set: CriteriaSet }> {
    const loaded = await this.load(id, manager);
    const result = parseCriteriaSet(loaded.document);
    if (!result.ok) throw criteriaSetInvalid(result.issues);
    return { loaded, set: result.value };
  }

  async detail(id: string, manager?: EntityManager): Promise<CriteriaSetDetailDto> {
    return toCriteriaSetDetail(await this.load(id, manager));
  }

  /** Year-over-year diff (nodes matched by code), computed by libs/scoring; points in thousandths. */
  async diff(
    beforeId: string,
    afterId: string,
  ): Promise<{ before: CriteriaSetSummaryDto; after: CriteriaSetSummaryDto; diff: CriteriaSetDiff }> {
    const before = await this.parsed(beforeId);
    const after = await this.parsed(afterId);
    return {
      before: toCriteriaSetDetail(before.loaded),
      after: toCriteriaSetDetail(after.loaded),
      diff: diffCriteriaSets(before.set, after.set),
    };
  }
}
