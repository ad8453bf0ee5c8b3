import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeResults,
  fromMilli,
  parseAssessments,
  parseBands,
  RESULTS_FORMAT,
  ASSESSMENTS_FORMAT,
  type AssessmentsV1,
  type LeafInputV1,
  type ResultsV1,
} from '@par/scoring';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { CriteriaSetLifecycleService } from '../criteria/criteria-set-lifecycle.service';
import { PeriodCriteriaSet } from '../period/period-criteria-set.entity';
import { Period, periodNotFound } from '../period/period.entity';

/** Compute (libs/scoring on the final inputs), read, publish; the published snapshot never changes. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly criteria: CriteriaSetLifecycleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async compute(periodId: string, actor: Actor): Promise<ResultsV1> {
    return this.dataSource.transaction(async (m) => {
      const period = await m.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_LOCKED');
      const open = await m.query<{ code: string; status: string }[]>(
        `SELECT u.code, a.status FROM assessment a JOIN unit u ON u.id = a.unit_id WHERE a.period_id = $1 AND a.status <> 'final' ORDER BY u.code`,
        [periodId],
      );
      if (open.length) {
        throw new DomainError('ASSESSMENTS_NOT_FINAL', {
          detail: {
            vi: `${open.length} đơn vị: ${open.map((o) => o.code).join(', ')}`,
            en: `${open.length} unit(s): ${open.map((o) => o.code).join(', ')}`,
          },
          errors: open.map((o) => ({
            unit: o.code,
            code: 'NOT_FINAL',
            message: `${o.code}: ${o.status}`,
            messageEn: `${o.code}: ${o.status}`,
          })),
        });
      }
      const units: ResultsV1['units'][number][] = [];
      const codes: string[] = [];
      const links = await m.findBy(PeriodCriteriaSet, { periodId });
      for (const link of links) {
        const set = await this.sets.get(link.criteriaSetId, m);
        codes.push(set.code);
        const doc = await this.finalInputs(periodId, link.criteriaSetId, set.code);
        const parsed = parseAssessments(doc, set);
        if (!parsed.ok)
          throw new DomainError('ASSESSMENTS_INVALID', { errors: issuesToProblems(parsed.issues) });
        let bands;
        if (link.bands) {
          const parsedBands = parseBands(link.bands);
          if (!parsedBands.ok)
            throw new DomainError('PERIOD_INVALID', { errors: issuesToProblems(parsedBands.issues) });
          bands = parsedBands.value;
        }
        units.push(...computeResults(set, parsed.value, { bands }).units);
      }
      const results: ResultsV1 = { format: RESULTS_FORMAT, criteriaSet: codes.join('+'), units };
      // Results stand on their sets: a period imported straight to compute freezes them here.
      for (const link of links) await this.criteria.publish(link.criteriaSetId, actor, m);
      const before = { state: period.state, computedAt: period.computedAt };
      Object.assign(period, { results, computedAt: this.clock.now(), state: 'computed' });
      await m.save(period);
      await this.audit.record(m, actor, {
        action: 'period.compute',
        entityType: 'period',
        entityId: periodId,
        before,
        after: { state: 'computed', units: units.length },
      });
      return results;
    });
  }

  /** The final inputs of a set's units in `assessments/v1` (what compute scores, and what an export gives). */
  async finalInputs(periodId: string, setId: string, setCode: string): Promise<AssessmentsV1> {
    const rows = await this.dataSource.query<
      {
        code: string;
        name: string;
        group_code: string;
        bonus_milli: number;
        penalty_milli: number;
        leaf_code: string | null;
        final_input: LeafInputV1 | null;
      }[]
    >(
      `SELECT u.code, u.name, pu.group_code, a.bonus_milli, a.penalty_milli, i.leaf_code, i.final_input
         FROM assessment a
         JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
         LEFT JOIN assessment_item i ON i.assessment_id = a.id AND i.final_input IS NOT NULL
        WHERE a.period_id = $1 AND a.criteria_set_id = $2
        ORDER BY pu.group_code, u.code, i.leaf_code`,
      [periodId, setId],
    );
    const units = new Map<string, AssessmentsV1['units'][number] & { items: Record<string, LeafInputV1> }>();
    for (const r of rows) {
      let unit = units.get(r.code);
      if (!unit) {
        unit = {
          code: r.code,
          name: r.name,
          group: r.group_code,
          items: {},
          bonus: fromMilli(r.bonus_milli),
          penalty: fromMilli(r.penalty_milli),
        };
        units.set(r.code, unit);
      }
      if (r.leaf_code && r.final_input) unit.items[r.leaf_code] = withoutComment(r.final_input);
    }
    return { format: ASSESSMENTS_FORMAT, criteriaSet: setCode, units: [...units.values()] };
  }

  async results(periodId: string): Promise<ResultsV1> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    if (!period.results) throw new DomainError('RESULTS_NOT_COMPUTED');
    return period.results;
  }

  async publish(periodId: string, decisionNo: string, decisionDate: string, actor: Actor): Promise<Period> {
    return this.dataSource.transaction(async (m) => {
      const period = await m.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_LOCKED');
      if (period.state !== 'computed' || !period.results) {
        throw new DomainError('PERIOD_STATE_CONFLICT', {
          detail: { vi: 'cần tính điểm trước khi công bố', en: 'compute the results before publishing' },
          errors: [{ code: 'NOT_COMPUTED', message: 'Chưa tính điểm', messageEn: 'Not computed' }],
        });
      }
      Object.assign(period, { state: 'published', decisionNo, decisionDate, publishedAt: this.clock.now() });
      await m.save(period);
      await this.audit.record(m, actor, {
        action: 'period.publish',
        entityType: 'period',
        entityId: periodId,
        before: { state: 'computed' },
        after: { state: 'published', decisionNo, decisionDate },
      });
      return period;
    });
  }

  /** Public: the snapshot of a published period, else 404 (no hint that an unpublished one exists). */
  async published(periodId: string): Promise<{ period: Period; results: ResultsV1 }> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period || period.state !== 'published' || !period.results) throw periodNotFound();
    return { period, results: period.results };
  }
}

function withoutComment(input: LeafInputV1): LeafInputV1 {
  const { comment: _comment, ...rest } = input;
  return rest;
}
