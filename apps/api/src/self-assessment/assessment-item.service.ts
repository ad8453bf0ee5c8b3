import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DETAIL_TEXTS } from '@par/contracts';
import type { LeafInputV1, LeafNode } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem, verbatim } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { assertMayAct } from './assessment-access';
import { AssessmentContextLoader, leafOf, type AssessmentContext } from './assessment-context.loader';
import { AssessmentItem } from './assessment-item.entity';
import { AssessmentReadRepository } from './assessment-read.repository';
import { currentInput, stageOf, type Stage } from './assessment-stage';
import type { EvidenceDto, ItemDto, ItemWriteDto } from './assessment.dto';
import { toItemDto } from './assessment.mapper';
import { assertNotSurveyScored } from '../survey/survey-scoring';
import { pointsOf } from './leaf-scoring';
import { transactionWithRetry } from '../common/transaction';

/** Who wrote a stage, as the item records it: the user's username or `api-key:<name>`. */
function authorOf(actor: Actor): string | null {
  const principal = actor.principal;
  if (principal?.kind === 'user') return principal.username;
  return principal?.kind === 'api_key' ? `api-key:${principal.name}` : null;
}

/** A stage's write of one item: checks the request for that stage and sets that stage's fields. */
type StageWrite = (
  item: AssessmentItem,
  leaf: LeafNode,
  dto: ItemWriteDto,
  by: string | null,
  now: Date,
) => void;

/**
 * `PUT …/items/{leafCode}`: one leaf, in the stage the assessment is in (see `assessment-stage.ts`), by
 * whoever may act there, with optimistic concurrency on the item's version. Each stage has its own method.
 */
@Injectable()
export class AssessmentItemService {
  /** One writer per stage: a stage added to the stage table fails to compile until it has one. */
  private readonly writers: Record<Stage, StageWrite> = {
    self: (...args) => this.writeSelf(...args),
    round1: (...args) => this.writeRound1(...args),
    explanation: (...args) => this.writeExplanation(...args),
    round2: (...args) => this.writeRound2(...args),
  };

  constructor(
    private readonly contexts: AssessmentContextLoader,
    private readonly reads: AssessmentReadRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async write(
    periodId: string,
    unitCode: string,
    leafCode: string,
    dto: ItemWriteDto,
    actor: Actor,
  ): Promise<ItemDto> {
    return transactionWithRetry(this.dataSource, (manager) =>
      this.writeIn(manager, periodId, unitCode, leafCode, dto, actor),
    );
  }

  /** `write` inside the caller's transaction (the bulk appraisal writes many leaves in one). */
  async writeIn(
    manager: EntityManager,
    periodId: string,
    unitCode: string,
    leafCode: string,
    dto: ItemWriteDto,
    actor: Actor,
  ): Promise<ItemDto> {
    const context = await this.contexts.load(manager, periodId, unitCode, actor, 'share');
    const leaf = leafOf(context.set, leafCode);
    const stage = stageOf(context.period.state, context.assessment.status);
    assertMayAct(context, stage, leaf, actor, this.clock.now());
    if (stage === 'round1' || stage === 'round2') await assertNotSurveyScored(manager, periodId, leaf);
    const item = await this.lockForWrite(manager, context, leaf, dto.version);
    const before = { ...item };
    this.writers[stage](item, leaf, dto, authorOf(actor), this.clock.now());
    const current = currentInput(item);
    item.finalInput = current;
    item.finalPointsMilli = pointsOf(leaf, current);
    await manager.save(item);
    await this.audit.record(manager, actor, {
      action: `assessment.${stage}`,
      entityType: 'assessment_item',
      entityId: `${periodId}/${unitCode}/${leafCode}`,
      before: auditedFields(before),
      after: auditedFields(item),
    });
    const evidence = await this.reads.evidenceOf(manager, [item.id]);
    return toItemDto(context.set, leaf, item, evidence.get(item.id) ?? []);
  }

  /**
   * Takes back an appraisal round's acceptance of a leaf (the undo of a bulk accept), in the caller's
   * transaction: only in the round that made it, by whoever may act there, at the version the accept left
   * (nobody changed it since), and only an acceptance (points as they came in) — an adjustment is the
   * appraiser's own work and is changed by writing the leaf again.
   */
  async undoAcceptIn(
    manager: EntityManager,
    periodId: string,
    unitCode: string,
    leafCode: string,
    version: number,
    actor: Actor,
  ): Promise<ItemDto> {
    const context = await this.contexts.load(manager, periodId, unitCode, actor, 'share');
    const leaf = leafOf(context.set, leafCode);
    const stage = stageOf(context.period.state, context.assessment.status);
    if (stage !== 'round1' && stage !== 'round2') throw new DomainError('ASSESSMENT_LOCKED');
    assertMayAct(context, stage, leaf, actor, this.clock.now());
    const item = await this.lockForWrite(manager, context, leaf, version);
    const before = { ...item };
    const accepted =
      stage === 'round1'
        ? item.round1At !== null && item.round1PointsMilli === item.selfPointsMilli
        : item.round2At !== null &&
          item.round2PointsMilli === (item.round1PointsMilli ?? item.selfPointsMilli);
    if (!accepted) {
      throw new DomainError('ASSESSMENT_LOCKED', {
        detail: {
          vi: `${leaf.code}: không phải quyết định chấp nhận của vòng này`,
          en: `${leaf.code}: not an acceptance made in this round`,
        },
      });
    }
    if (stage === 'round1') {
      Object.assign(item, {
        round1Input: null,
        round1PointsMilli: null,
        round1Comment: null,
        round1By: null,
        round1At: null,
      });
    } else {
      Object.assign(item, {
        round2Input: null,
        round2PointsMilli: null,
        round2Comment: null,
        round2By: null,
        round2At: null,
      });
    }
    const current = currentInput(item);
    item.finalInput = current;
    item.finalPointsMilli = pointsOf(leaf, current);
    await manager.save(item);
    await this.audit.record(manager, actor, {
      action: 'assessment.bulk_undo',
      entityType: 'assessment_item',
      entityId: `${periodId}/${unitCode}/${leafCode}`,
      before: auditedFields(before),
      after: auditedFields(item),
    });
    const evidence = await this.reads.evidenceOf(manager, [item.id]);
    return toItemDto(context.set, leaf, item, evidence.get(item.id) ?? []);
  }

  /** Self-assessment: the unit's input (scored here) and note; survey leaves are not self-scored. */
  private writeSelf(
    item: AssessmentItem,
    leaf: LeafNode,
    dto: ItemWriteDto,
    by: string | null,
    now: Date,
  ): void {
    if (leaf.source === 'survey')
      throw new DomainError('SURVEY_LEAF_NOT_SELF_SCORED', { detail: verbatim(leaf.code) });
    // Not applicable: only where the set allows it, and never without a note saying why.
    const input = dto.input !== undefined ? dto.input : item.selfInput;
    const note = dto.note !== undefined ? dto.note : item.selfNote;
    if (input?.notApplicable) {
      if (dto.input?.notApplicable && !leaf.notApplicableAllowed)
        throw new DomainError('NOT_APPLICABLE_NOT_ALLOWED', { detail: verbatim(leaf.code) });
      if (!note?.trim())
        throw new DomainError('NOT_APPLICABLE_NOT_ALLOWED', {
          errors: [fieldProblem('NOTE_REQUIRED', { leaf: leaf.code }, { field: 'note', leaf: leaf.code })],
        });
    }
    if (dto.input !== undefined) {
      item.selfInput = dto.input;
      item.selfPointsMilli = pointsOf(leaf, dto.input);
      item.selfSource = null;
    }
    if (dto.note !== undefined) item.selfNote = dto.note;
    item.selfBy = by;
    item.selfAt = now;
  }

  /** Round 1 decides on the unit's own figures. */
  private writeRound1(
    item: AssessmentItem,
    leaf: LeafNode,
    dto: ItemWriteDto,
    by: string | null,
    now: Date,
  ): void {
    const decision = appraise(leaf, dto, { input: item.selfInput, pointsMilli: item.selfPointsMilli });
    Object.assign(item, {
      round1Input: decision.input,
      round1PointsMilli: decision.pointsMilli,
      round1Comment: decision.comment,
      round1By: by,
      round1At: now,
    });
  }

  /** The unit explains a leaf round 1 adjusted. */
  private writeExplanation(
    item: AssessmentItem,
    leaf: LeafNode,
    dto: ItemWriteDto,
    by: string | null,
    now: Date,
  ): void {
    if (item.round1PointsMilli === item.selfPointsMilli) {
      throw new DomainError('EXPLANATION_NOT_ALLOWED', {
        detail: DETAIL_TEXTS.LEAF_NOT_ADJUSTED({ leaf: leaf.code }),
      });
    }
    if (dto.explanation === undefined) {
      throw new DomainError('VALIDATION_FAILED', {
        errors: [
          {
            field: 'explanation',
            code: 'required',
            message: 'cần nội dung giải trình / explanation required',
          },
        ],
      });
    }
    Object.assign(item, { explanation: dto.explanation, explanationBy: by, explanationAt: now });
  }

  /**
   * Round 2 decides on what round 1 left (its figures, else the unit's), after the explanation — only on
   * leaves round 1 adjusted or the unit explained (else 409 ROUND2_LEAF_NOT_OPEN: an audited reopen).
   */
  private writeRound2(
    item: AssessmentItem,
    leaf: LeafNode,
    dto: ItemWriteDto,
    by: string | null,
    now: Date,
  ): void {
    // Round 2 revisits what the unit could answer: leaves round 1 adjusted, or that the unit explained.
    if (item.round1PointsMilli === item.selfPointsMilli && !item.explanationAt) {
      throw new DomainError('ROUND2_LEAF_NOT_OPEN', {
        detail: {
          vi: `${leaf.code}: vòng 1 không điều chỉnh và đơn vị không giải trình; quản trị mở lại phiếu (POST …/reopen, có lý do) nếu cần sửa`,
          en: `${leaf.code}: round 1 did not adjust it and the unit did not explain it; an admin reopens the assessment (POST …/reopen, with a reason) to change it`,
        },
        extensions: { leaf: leaf.code, reopen: 'POST /api/v1/periods/{id}/assessments/{unitCode}/reopen' },
      });
    }
    const decision = appraise(leaf, dto, {
      input: item.round1Input ?? item.selfInput,
      pointsMilli: item.round1PointsMilli ?? item.selfPointsMilli,
    });
    Object.assign(item, {
      round2Input: decision.input,
      round2PointsMilli: decision.pointsMilli,
      round2Comment: decision.comment,
      round2By: by,
      round2At: now,
    });
  }

  /**
   * The item locked for this write. Version 0 means "never written": the row is created empty here (a
   * concurrent first write that won makes this one stale). Any other version must match (else 409).
   */
  private async lockForWrite(
    manager: EntityManager,
    context: AssessmentContext,
    leaf: LeafNode,
    version: number,
  ): Promise<AssessmentItem> {
    const where = { assessmentId: context.assessment.id, leafCode: leaf.code };
    const item = await manager.findOne(AssessmentItem, { where, lock: { mode: 'pessimistic_write' } });
    if (item) {
      if (item.version !== version) throw await this.stale(manager, context, leaf, item);
      return item;
    }
    if (version !== 0) throw await this.stale(manager, context, leaf, null);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(AssessmentItem)
      .values({ ...where, version: 0 })
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) throw await this.stale(manager, context, leaf, null);
    return manager.findOneOrFail(AssessmentItem, { where, lock: { mode: 'pessimistic_write' } });
  }

  /** STALE_VERSION with the item as it is now, so the client can show what changed. */
  private async stale(
    manager: EntityManager,
    context: AssessmentContext,
    leaf: LeafNode,
    item: AssessmentItem | null,
  ): Promise<DomainError> {
    const fresh = await this.reads.item(
      manager,
      item ? { id: item.id } : { assessmentId: context.assessment.id, leafCode: leaf.code },
    );
    const evidence = fresh
      ? await this.reads.evidenceOf(manager, [fresh.id])
      : new Map<string, EvidenceDto[]>();
    return new DomainError('STALE_VERSION', {
      extensions: { current: toItemDto(context.set, leaf, fresh, evidence.get(fresh?.id ?? '') ?? []) },
    });
  }
}

/**
 * An appraisal round's decision on a leaf: keep the figures it started from (`accept`) or give new ones;
 * a decision that changes the points needs a comment. Exported for the OpenAPI scan (ADR 0010).
 */
export function appraise(
  leaf: LeafNode,
  dto: ItemWriteDto,
  from: { input: LeafInputV1 | null; pointsMilli: number | null },
): { input: LeafInputV1 | null; pointsMilli: number | null; comment: string | null } {
  if (!dto.accept && dto.input === undefined) {
    throw new DomainError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'input',
          code: 'required',
          message: 'cần `input` hoặc `accept: true` / give `input` or `accept: true`',
        },
      ],
    });
  }
  const input = dto.accept ? from.input : (dto.input ?? null);
  if (!dto.accept && input?.notApplicable && !leaf.notApplicableAllowed)
    throw new DomainError('NOT_APPLICABLE_NOT_ALLOWED', { detail: verbatim(leaf.code) });
  const pointsMilli = pointsOf(leaf, input);
  if (pointsMilli !== from.pointsMilli && !dto.comment?.trim()) {
    throw new DomainError('COMMENT_REQUIRED', {
      detail: DETAIL_TEXTS.LEAF({ leaf: leaf.code }),
    });
  }
  return { input, pointsMilli, comment: dto.comment ?? null };
}

/**
 * What the audit log keeps of an item: its stages, not its bookkeeping. The keys are the audit log's stored
 * format (older than the entity's `round1…`/`round2…` names) and stay as they are.
 */
const AUDITED_FIELDS = {
  selfInput: 'selfInput',
  selfPointsMilli: 'selfPointsMilli',
  selfNote: 'selfNote',
  r1Input: 'round1Input',
  r1PointsMilli: 'round1PointsMilli',
  r1Comment: 'round1Comment',
  explanation: 'explanation',
  r2Input: 'round2Input',
  r2PointsMilli: 'round2PointsMilli',
  r2Comment: 'round2Comment',
  finalPointsMilli: 'finalPointsMilli',
} as const satisfies Record<string, keyof AssessmentItem>;

function auditedFields(item: Partial<AssessmentItem>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(AUDITED_FIELDS).map(([key, field]) => [key, item[field]]));
}
