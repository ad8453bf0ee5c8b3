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
import type { CriteriaSetDetailDto, CriteriaSetSummaryDto } from './criteria.dto';

/** Reads of criteria sets: the list, one set with its tree, the parsed (exact) set, a year-over-year diff. */
@Injectable()
export class CriteriaSetService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<CriteriaSetSummaryDto[]> {
    const rows = await this.dataSource
      .getRepository(CriteriaSetRow)
      .find({ order: { year: 'DESC', code: 'ASC' } });
    const stats = await this.dataSource.query<{ set_id: string; leaves: string; max_milli: string }[]>(
      `SELECT n.set_id,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM criteria_node c WHERE c.set_id = n.set_id AND c.parent_code = n.code)) AS leaves,
              coalesce(sum(n.max_milli) FILTER (WHERE n.parent_code IS NULL), 0) AS max_milli
         FROM criteria_node n GROUP BY n.set_id`,
    );
    const bySet = new Map(stats.map((stat) => [stat.set_id, stat]));
    return rows.map((row) => {
      const stat = bySet.get(row.id);
      return toCriteriaSetSummary(row, Number(stat?.leaves ?? 0), Number(stat?.max_milli ?? 0));
    });
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
