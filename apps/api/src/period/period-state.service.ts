import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeriodMoveProblemCode } from '@par/contracts';
import { parseCriteriaSet } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { Assessment } from '../self-assessment/assessment.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { CriteriaSetLifecycleService } from '../criteria/criteria-set-lifecycle.service';
import { CriteriaSetService } from '../criteria/criteria-set.service';
import { PeriodCriteriaSet } from './period-criteria-set.entity';
import { PeriodFactRepository } from './period-fact.repository';
import {
  ON_ENTER,
  STATE_ROUTE_TARGETS,
  transitionFacts,
  unmetPreconditions,
  type OnEnterEffect,
  type TransitionFacts,
} from './period-transitions';
import type { Period, PeriodState } from './period.entity';
import { PeriodRepository } from './period.repository';

/** The audited state machine of a period: preconditions from `period-transitions`, then the on-enter effects. */
@Injectable()
export class PeriodStateService {
  constructor(
    private readonly periods: PeriodRepository,
    private readonly facts: PeriodFactRepository,
    private readonly criteriaSets: CriteriaSetService,
    private readonly criteriaSetLifecycle: CriteriaSetLifecycleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Moves the period one step forward after checking every precondition (409 naming the unmet ones). */
  async move(id: string, to: PeriodState, actor: Actor): Promise<Period> {
    if (!STATE_ROUTE_TARGETS.includes(to)) throw notByStateRoute();
    return this.dataSource.transaction(async (manager) => {
      const period = await this.periods.lock(manager, id);
      const unmet = unmetPreconditions(period.state, to, await this.gatherFacts(manager, period));
      if (unmet.length) {
        throw new DomainError('PERIOD_STATE_CONFLICT', {
          detail: {
            vi: unmet.map((problem) => problem.message).join('; '),
            en: unmet.map((problem) => problem.messageEn).join('; '),
          },
          errors: unmet,
          extensions: { state: period.state },
        });
      }
      const from = period.state;
      const now = this.clock.now();
      for (const effect of ON_ENTER[to]) await this.run(effect, manager, period, actor, now);
      period.state = to;
      await manager.save(period);
      await this.audit.record(manager, actor, {
        action: 'period.state',
        entityType: 'period',
        entityId: id,
        before: { state: from },
        after: { state: to },
      });
      return period;
    });
  }

  private async run(
    effect: OnEnterEffect,
    manager: EntityManager,
    period: Period,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    switch (effect.kind) {
      case 'publish_criteria_sets':
        for (const link of await manager.findBy(PeriodCriteriaSet, { periodId: period.id }))
          await this.criteriaSetLifecycle.publish(link.criteriaSetId, actor, manager);
        return;
      case 'move_assessments':
        await manager.update(
          Assessment,
          { periodId: period.id, status: effect.from },
          { status: effect.to, [effect.stamp]: now },
        );
        return;
    }
  }

  private async gatherFacts(manager: EntityManager, period: Period): Promise<TransitionFacts> {
    const now = this.clock.now();
    const links = await manager.findBy(PeriodCriteriaSet, { periodId: period.id });
    const invalidSets: string[] = [];
    for (const link of links) {
      const loaded = await this.criteriaSets.load(link.criteriaSetId, manager);
      if (!parseCriteriaSet(loaded.document).ok) invalidSets.push(loaded.row.code);
    }
    return transitionFacts(period, await this.facts.unitFacts(manager, period.id), invalidSets, now);
  }
}

function notByStateRoute(): DomainError {
  return new DomainError('PERIOD_STATE_CONFLICT', {
    detail: {
      vi: 'trạng thái này đạt được qua tính điểm / công bố',
      en: 'this state is reached by compute / publish',
    },
    errors: [fieldProblem('NOT_BY_STATE_ROUTE' satisfies PeriodMoveProblemCode, {}, 'state')],
  });
}
