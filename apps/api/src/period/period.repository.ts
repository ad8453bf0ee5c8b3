import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { containsPattern } from '../common/database-errors';
import { foldedContains, pageOf, type Page } from '../common/http/list-query';
import { PERIOD_SORT, type PeriodQueryDto } from './period.dto';
import { PeriodCriteriaSet } from './period-criteria-set.entity';
import { Period, periodNotFound } from './period.entity';

/** One participating unit as a period's detail shows it. */
export interface PeriodUnitRow {
  code: string;
  name: string;
  type: string;
  group_code: string;
  set_code: string;
  status: string;
  self_due: Date | null;
  expl_due: Date | null;
}

/**
 * The reads of periods (lists, detail rows) and the row lock every write takes. `ownUnitId`: undefined for
 * roles that see every period, else the caller's unit (null when it has none, which sees nothing).
 */
@Injectable()
export class PeriodRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The period, locked for the rest of the transaction; 404 if there is none. */
  async lock(manager: EntityManager, id: string): Promise<Period> {
    const period = await manager.findOne(Period, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!period) throw periodNotFound();
    return period;
  }

  /** Periods the caller sees, newest year first. */
  /** One page of the periods the caller sees (unit roles: their unit's), searched and sorted in SQL. */
  visible(ownUnitId: string | null | undefined, query: PeriodQueryDto): Promise<Page<Period>> {
    const qb = this.dataSource.getRepository(Period).createQueryBuilder('p');
    if (ownUnitId !== undefined) {
      qb.andWhere('EXISTS (SELECT 1 FROM period_unit x WHERE x.period_id = p.id AND x.unit_id = :own)', {
        own: ownUnitId ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    if (query.state) qb.andWhere('p.state = :state', { state: query.state });
    if (query.q) qb.andWhere(foldedContains(['p.name'], 'q'), { q: containsPattern(query.q) });
    return pageOf(qb, query, { fields: PERIOD_SORT, default: '-year,-createdAt', tieBreaker: 'p.id' });
  }

  /** Participating units of these periods, per period id. */
  async unitCounts(periodIds: string[]): Promise<Map<string, number>> {
    const counts = await this.dataSource.query<{ period_id: string; n: string }[]>(
      'SELECT period_id, count(*) AS n FROM period_unit WHERE period_id = ANY($1::uuid[]) GROUP BY period_id',
      [periodIds],
    );
    return new Map(counts.map((count) => [count.period_id, Number(count.n)]));
  }

  /** The period's criteria sets, each with its set row. */
  criteriaSets(periodId: string): Promise<PeriodCriteriaSet[]> {
    return this.dataSource
      .getRepository(PeriodCriteriaSet)
      .find({ where: { periodId }, relations: { criteriaSet: true } });
  }

  /** The participating units the caller sees, by group and code. */
  units(periodId: string, ownUnitId: string | null | undefined): Promise<PeriodUnitRow[]> {
    return this.dataSource.query<PeriodUnitRow[]>(
      `SELECT u.code, u.name, u.type_code AS type, pu.group_code, cs.code AS set_code, a.status,
              pu.self_assessment_due AS self_due, pu.explanation_due AS expl_due
         FROM period_unit pu
         JOIN unit u ON u.id = pu.unit_id
         JOIN criteria_set cs ON cs.id = pu.criteria_set_id
         JOIN assessment a ON a.period_id = pu.period_id AND a.unit_id = pu.unit_id
        WHERE pu.period_id = $1 ${ownUnitId !== undefined ? 'AND pu.unit_id = $2' : ''}
        ORDER BY pu.group_code, u.code`,
      ownUnitId !== undefined ? [periodId, ownUnitId] : [periodId],
    );
  }
}
