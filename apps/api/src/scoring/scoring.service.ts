import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { computeResults, parseAssessments, parseBands, RESULTS_FORMAT, type ResultsV1 } from '@par/scoring';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { CriteriaSetLifecycleService } from '../criteria/criteria-set-lifecycle.service';
import { PeriodCriteriaSet } from '../period/period-criteria-set.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { surveyComputeWarnings } from '../survey/survey-scoring';
import type { SurveyWarningDto } from '../survey/survey.dto';
import { FinalInputRepository } from './final-input.repository';

/** What compute answers: the results and, in a period with a survey, its warnings (units below its minimum). */
export type ComputeAnswer = ResultsV1 & { warnings?: SurveyWarningDto[] };

/** Compute (libs/scoring on the final inputs) and read a period's results. */
@Injectable()
export class ScoringService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly criteria: CriteriaSetLifecycleService,
    private readonly finalInputs: FinalInputRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async compute(periodId: string, actor: Actor): Promise<ComputeAnswer> {
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_LOCKED');
      const warnings = await surveyComputeWarnings(manager, periodId); // 409 SURVEY_NOT_CLOSED while open
      const open = await this.finalInputs.notFinal(manager, periodId);
      if (open.length) {
        throw new DomainError('ASSESSMENTS_NOT_FINAL', {
          detail: {
            vi: `${open.length} đơn vị: ${open.map((row) => row.code).join(', ')}`,
            en: `${open.length} unit(s): ${open.map((row) => row.code).join(', ')}`,
          },
          errors: open.map((row) =>
            fieldProblem('NOT_FINAL', { unit: row.code, status: row.status }, { unit: row.code }),
          ),
        });
      }
      const units: ResultsV1['units'][number][] = [];
      const codes: string[] = [];
      const links = await manager.findBy(PeriodCriteriaSet, { periodId });
      for (const link of links) {
        const set = await this.sets.get(link.criteriaSetId, manager);
        codes.push(set.code);
        const document = await this.finalInputs.finalInputs(periodId, link.criteriaSetId, set.code);
        const parsed = parseAssessments(document, set);
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
      for (const link of links) await this.criteria.publish(link.criteriaSetId, actor, manager);
      const before = { state: period.state, computedAt: period.computedAt };
      Object.assign(period, { results, computedAt: this.clock.now(), state: 'computed' });
      await manager.save(period);
      await this.audit.record(manager, actor, {
        action: 'period.compute',
        entityType: 'period',
        entityId: periodId,
        before,
        after: { state: 'computed', units: units.length },
      });
      return warnings ? { ...results, warnings } : results;
    });
  }

  /** The last computed results of a period (stored on the period until snapshots arrive). */
  async results(periodId: string): Promise<ResultsV1> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    if (!period.results) throw new DomainError('RESULTS_NOT_COMPUTED');
    return period.results;
  }
}
