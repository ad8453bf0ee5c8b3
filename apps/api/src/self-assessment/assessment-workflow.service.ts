import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DETAIL_TEXTS } from '@par/contracts';
import { toMilli } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { userOf } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import {
  assertBeforeDeadline,
  assertCoversWholeUnit,
  deadlineOf,
  forbidden,
  isUnitMember,
} from './assessment-access';
import { AssessmentContextLoader, type AssessmentContext } from './assessment-context.loader';
import { AssessmentReadRepository } from './assessment-read.repository';
import { REOPEN_TO, stageOf } from './assessment-stage';
import type { AdjustmentsWriteDto, AssessmentDto, SubmitDto } from './assessment.dto';
import type { Assessment, AssessmentStatus } from './assessment.entity';
import { AssessmentService } from './assessment.service';

/** Bonus or penalty points above this (thousandths) are a typo, and past 2^31 would overflow the column. */
export const MAX_ADJUSTMENT_MILLI = 1_000_000_000;
/**
 * The assessment's own steps (like twenty's `workspace-activation.service.ts`: one responsibility): the
 * unit submits and closes its explanation, the appraisers finalize and set bonus/penalty, an admin reopens.
 * Each locks the assessment row, checks who and when, changes it and writes the audit log.
 */
@Injectable()
export class AssessmentWorkflowService {
  constructor(
    private readonly contexts: AssessmentContextLoader,
    private readonly reads: AssessmentReadRepository,
    private readonly assessments: AssessmentService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The unit head locks the self-assessment, after a completeness check that lists every gap. */
  async submit(periodId: string, unitCode: string, dto: SubmitDto, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.contexts.load(manager, periodId, unitCode, actor, 'update');
      const user = userOf(actor);
      if (user?.role !== 'admin' && !(user?.role === 'unit_head' && isUnitMember(actor, context.unit.id))) {
        throw forbidden({ vi: 'chỉ lãnh đạo đơn vị nộp phiếu', en: 'only the unit head submits' });
      }
      if (stageOf(context.period.state, context.assessment.status) !== 'self')
        throw new DomainError('ASSESSMENT_LOCKED');
      if (user.role !== 'admin') assertBeforeDeadline(deadlineOf(context, 'self'), this.clock.now());
      const check = await this.assessments.completenessIn(manager, context);
      if (!check.complete) {
        throw new DomainError('ASSESSMENT_INCOMPLETE', {
          detail: {
            vi: `${check.missingInput.length} tiêu chí chưa có số liệu, ${check.missingEvidence.length} tiêu chí chưa có tài liệu kiểm chứng hoặc giải thích`,
            en: `${check.missingInput.length} leaves without input, ${check.missingEvidence.length} without evidence or a note`,
          },
          errors: [
            ...check.missingInput.map((leaf) => fieldProblem('NO_INPUT', { leaf }, { leaf })),
            ...check.missingEvidence.map((leaf) => fieldProblem('NO_EVIDENCE', { leaf }, { leaf })),
          ],
          extensions: { completeness: check },
        });
      }
      return this.setStatus(manager, context, 'submitted', actor, 'assessment.submit', {
        submittedAt: this.clock.now(),
        submittedBy: user.id,
        headName: dto.headName?.trim() || user.fullName,
        reportNumber: dto.reportNumber?.trim() || null,
        reportDate: dto.reportDate ?? null,
      });
    });
  }

  /** The unit closes its explanation round early (otherwise the window's end closes it). */
  async closeExplanation(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.contexts.load(manager, periodId, unitCode, actor, 'update');
      const user = userOf(actor);
      if (user?.role !== 'admin' && !(user?.role === 'unit_head' && isUnitMember(actor, context.unit.id))) {
        throw forbidden({ vi: 'chỉ lãnh đạo đơn vị', en: 'only the unit head' });
      }
      if (stageOf(context.period.state, context.assessment.status) !== 'explanation')
        throw new DomainError('ASSESSMENT_LOCKED');
      return this.setStatus(manager, context, 'explained', actor, 'assessment.explanation_submit', {
        explainedAt: this.clock.now(),
      });
    });
  }

  /** Round 2 done: the assessment is final and locked. Every explained leaf needs a round-2 decision. */
  async finalize(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction((manager) => this.finalizeIn(manager, periodId, unitCode, actor));
  }

  /** `finalize` inside the caller's transaction (the council finalizes several units in one). */
  async finalizeIn(
    manager: EntityManager,
    periodId: string,
    unitCode: string,
    actor: Actor,
  ): Promise<AssessmentDto> {
    const context = await this.contexts.load(manager, periodId, unitCode, actor, 'update');
    assertCoversWholeUnit(context);
    if (stageOf(context.period.state, context.assessment.status) !== 'round2')
      throw new DomainError('ASSESSMENT_LOCKED');
    const open = await this.reads.awaitingRound2(manager, context.assessment.id);
    if (open.length) {
      throw new DomainError('ASSESSMENT_INCOMPLETE', {
        detail: {
          vi: `${open.length} tiêu chí có giải trình chưa thẩm định vòng 2`,
          en: `${open.length} explained leaves await round 2`,
        },
        errors: open.map(({ leafCode: leaf }) => fieldProblem('ROUND2_PENDING', { leaf }, { leaf })),
      });
    }
    return this.setStatus(manager, context, 'final', actor, 'assessment.finalize', {
      finalAt: this.clock.now(),
    });
  }

  /**
   * The undo of a (bulk) finalize, in the caller's transaction: while the period is still in round 2, a
   * final assessment goes back to `explained` (round 2 open again) by whoever may finalize it. Later on,
   * only the admin's reopen (with a reason) takes a step back.
   */
  async unfinalizeIn(
    manager: EntityManager,
    periodId: string,
    unitCode: string,
    actor: Actor,
  ): Promise<AssessmentDto> {
    const context = await this.contexts.load(manager, periodId, unitCode, actor, 'update');
    assertCoversWholeUnit(context);
    if (context.period.state !== 'final_appraisal' || context.assessment.status !== 'final')
      throw new DomainError('ASSESSMENT_LOCKED');
    return this.setStatus(manager, context, 'explained', actor, 'assessment.bulk_undo', { finalAt: null });
  }

  /** Admin: one step back (final → explained → returned → submitted → draft), with a reason in the audit log. */
  async reopen(periodId: string, unitCode: string, reason: string, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.contexts.load(manager, periodId, unitCode, actor, 'update');
      if (context.period.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
      const to = REOPEN_TO[context.assessment.status];
      if (!to)
        throw new DomainError('ASSESSMENT_LOCKED', {
          detail: { vi: 'phiếu đang là bản nháp', en: 'the assessment is a draft already' },
        });
      context.assessment.reopenCount += 1;
      return this.setStatus(
        manager,
        context,
        to,
        actor,
        'assessment.reopen',
        { reopenCount: context.assessment.reopenCount },
        reason,
      );
    });
  }

  /** Appraisers, in either round: the bonus and penalty points (only where the set has that block). */
  async setAdjustments(
    periodId: string,
    unitCode: string,
    dto: AdjustmentsWriteDto,
    actor: Actor,
  ): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.contexts.load(manager, periodId, unitCode, actor, 'update');
      const stage = stageOf(context.period.state, context.assessment.status);
      const user = userOf(actor);
      if (stage !== 'round1' && stage !== 'round2') throw new DomainError('ASSESSMENT_LOCKED');
      if (user?.role !== 'admin' && user?.role !== 'appraiser')
        throw forbidden(DETAIL_TEXTS.APPRAISERS_ONLY());
      assertCoversWholeUnit(context);
      if (context.assessment.version !== dto.version)
        throw new DomainError('STALE_VERSION', {
          extensions: { current: await this.assessments.dto(manager, context) },
        });
      const bonus = toMilli(dto.bonus);
      const penalty = toMilli(dto.penalty);
      if (bonus > MAX_ADJUSTMENT_MILLI || penalty > MAX_ADJUSTMENT_MILLI) {
        throw new DomainError('VALUE_OUT_OF_RANGE', {
          detail: {
            vi: `điểm thưởng/trừ tối đa ${MAX_ADJUSTMENT_MILLI / 1000}`,
            en: `bonus/penalty points at most ${MAX_ADJUSTMENT_MILLI / 1000}`,
          },
        });
      }
      if ((bonus || penalty) && !context.set.adjustments) {
        throw new DomainError('INPUT_INVALID', {
          errors: [fieldProblem('ADJUSTMENT_NOT_ALLOWED', {})],
        });
      }
      const before = {
        bonusMilli: context.assessment.bonusMilli,
        penaltyMilli: context.assessment.penaltyMilli,
        comment: context.assessment.adjustmentsComment,
      };
      Object.assign(context.assessment, {
        bonusMilli: bonus,
        penaltyMilli: penalty,
        adjustmentsComment: dto.comment ?? null,
      });
      await manager.save(context.assessment);
      await this.audit.record(manager, actor, {
        action: 'assessment.adjustments',
        entityType: 'assessment',
        entityId: `${periodId}/${unitCode}`,
        before,
        after: { bonusMilli: bonus, penaltyMilli: penalty, comment: context.assessment.adjustmentsComment },
      });
      return this.assessments.dto(manager, context);
    });
  }

  private async setStatus(
    manager: EntityManager,
    context: AssessmentContext,
    status: AssessmentStatus,
    actor: Actor,
    action: string,
    fields: Partial<Assessment>,
    reason?: string,
  ): Promise<AssessmentDto> {
    const before = { status: context.assessment.status };
    Object.assign(context.assessment, fields, { status });
    const signed =
      action === 'assessment.submit'
        ? {
            headName: context.assessment.headName,
            reportNumber: context.assessment.reportNumber,
            reportDate: context.assessment.reportDate,
          }
        : {};
    await manager.save(context.assessment);
    await this.audit.record(manager, actor, {
      action,
      entityType: 'assessment',
      entityId: `${context.period.id}/${context.unit.code}`,
      before,
      after: { status, ...signed, ...(reason ? { reason } : {}) },
    });
    return this.assessments.dto(manager, context);
  }
}
