import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canonicalRuleV1,
  fromMilli,
  toMilli,
  type CriteriaSet,
  type LeafInputV1,
  type LeafNode,
} from '@par/scoring';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, UserPrincipal } from '../auth/principal';
import { userOf } from '../auth/principal';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { Unit } from '../organization/unit.entity';
import { PeriodUnit } from '../period/period-unit.entity';
import { Period } from '../period/period.entity';
import { appraiserCovers, areaOf, isUnitMember, mayRead } from './assessment-access';
import { AssessmentItem } from './assessment-item.entity';
import { Assessment } from './assessment.entity';
import type {
  AdjustmentsWriteDto,
  AssessmentDto,
  AssessmentSummaryDto,
  CompletenessDto,
  EvidenceDto,
  ItemDto,
  ItemWriteDto,
  StageDto,
} from './assessment.dto';
import { pointsOf, whyOf } from './leaf-scoring';

/** Everything a request on one unit's assessment needs, loaded once. */
export interface AssessmentContext {
  period: Period;
  unit: Unit;
  participation: PeriodUnit;
  assessment: Assessment;
  set: CriteriaSet;
}

export type Stage = 'self' | 'round1' | 'explanation' | 'round2';

const sum = (values: Array<number | null>) => values.reduce<number>((a, v) => a + (v ?? 0), 0);
const points = (milli: number | null) => (milli === null ? null : fromMilli(milli));

/** The input that counts now: round 2, else round 1, else the self-assessment. */
export function currentInput(item: AssessmentItem): LeafInputV1 | null {
  return item.r2Input ?? item.r1Input ?? item.selfInput ?? item.finalInput;
}

/** Self-assessment, two appraisal rounds and the explanation, item by item, with optimistic concurrency. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Loads period, unit, participation, assessment and set; enforces who may read (404 otherwise). */
  async context(
    m: EntityManager,
    periodId: string,
    unitCode: string,
    actor: Actor,
    lock: 'none' | 'share' | 'update' = 'none',
  ): Promise<AssessmentContext> {
    const missing = () =>
      notFound({
        vi: `Không có phiếu đánh giá của ${unitCode} trong kỳ này`,
        en: `No assessment of ${unitCode} in this period`,
      });
    const period = await m.findOneBy(Period, { id: periodId });
    const unit = await m.findOneBy(Unit, { code: unitCode });
    if (!period || !unit) throw missing();
    if (actor.principal && !mayRead(actor, unit.id)) throw missing();
    const participation = await m.findOneBy(PeriodUnit, { periodId, unitId: unit.id });
    const assessment = await m.findOne(Assessment, {
      where: { periodId, unitId: unit.id },
      ...(lock === 'none'
        ? {}
        : { lock: { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' } }),
    });
    if (!participation || !assessment) throw missing();
    return { period, unit, participation, assessment, set: await this.sets.get(assessment.criteriaSetId, m) };
  }

  async list(periodId: string): Promise<AssessmentSummaryDto[]> {
    const rows = await this.dataSource.query<
      {
        unit_code: string;
        unit_name: string;
        group_code: string;
        status: AssessmentSummaryDto['status'];
        criteria_set_id: string;
        submitted_at: Date | null;
        version: number;
        id: string;
      }[]
    >(
      `SELECT u.code AS unit_code, u.name AS unit_name, pu.group_code, a.status, a.criteria_set_id, a.submitted_at, a.version, a.id
         FROM assessment a JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
        WHERE a.period_id = $1 ORDER BY pu.group_code, u.code`,
      [periodId],
    );
    const items = await this.dataSource
      .getRepository(AssessmentItem)
      .find({ where: { assessmentId: In(rows.map((r) => r.id)) } });
    const byAssessment = new Map<string, AssessmentItem[]>();
    for (const item of items)
      byAssessment.set(item.assessmentId, [...(byAssessment.get(item.assessmentId) ?? []), item]);
    const result: AssessmentSummaryDto[] = [];
    for (const r of rows) {
      const set = await this.sets.get(r.criteria_set_id);
      const own = byAssessment.get(r.id) ?? [];
      result.push({
        unitCode: r.unit_code,
        unitName: r.unit_name,
        group: r.group_code,
        status: r.status,
        selfPoints: fromMilli(sum(own.map((i) => i.selfPointsMilli))),
        points: fromMilli(sum(own.map((i) => i.finalPointsMilli))),
        maxPoints: fromMilli(set.maxMilli),
        filled: own.filter((i) => i.selfInput !== null).length,
        leaves: set.leaves.filter((l) => l.source === 'assessment').length,
        submittedAt: r.submitted_at,
        version: r.version,
      });
    }
    return result;
  }

  async view(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    const ctx = await this.context(this.dataSource.manager, periodId, unitCode, actor);
    return this.toDto(this.dataSource.manager, ctx);
  }

  async toDto(m: EntityManager, ctx: AssessmentContext): Promise<AssessmentDto> {
    const { assessment: a, set } = ctx;
    const items = await m.find(AssessmentItem, { where: { assessmentId: a.id } });
    const evidence = await this.evidenceOf(
      m,
      items.map((i) => i.id),
    );
    const byLeaf = new Map(items.map((i) => [i.leafCode, i]));
    return {
      id: a.id,
      periodId: a.periodId,
      unitCode: ctx.unit.code,
      unitName: ctx.unit.name,
      group: ctx.participation.groupCode,
      criteriaSetId: a.criteriaSetId,
      criteriaSetCode: set.code,
      status: a.status,
      bonus: fromMilli(a.bonusMilli),
      penalty: fromMilli(a.penaltyMilli),
      adjustmentsComment: a.adjustmentsComment,
      selfPoints: fromMilli(sum(items.map((i) => i.selfPointsMilli))),
      points: fromMilli(sum(items.map((i) => i.finalPointsMilli))),
      maxPoints: fromMilli(set.maxMilli),
      selfAssessmentDue: ctx.participation.selfAssessmentDue ?? ctx.period.selfAssessmentDue,
      explanationDue: ctx.participation.explanationDue ?? ctx.period.explanationDue,
      submittedAt: a.submittedAt,
      returnedAt: a.returnedAt,
      explainedAt: a.explainedAt,
      finalAt: a.finalAt,
      reopenCount: a.reopenCount,
      evidenceMaxBytes: this.config.env.EVIDENCE_MAX_BYTES,
      imported: a.imported,
      version: a.version,
      items: set.leaves.map((leaf) =>
        itemDto(
          set,
          leaf,
          byLeaf.get(leaf.code) ?? null,
          evidence.get(byLeaf.get(leaf.code)?.id ?? '') ?? [],
        ),
      ),
    };
  }

  async evidenceOf(m: EntityManager, itemIds: string[]): Promise<Map<string, EvidenceDto[]>> {
    if (itemIds.length === 0) return new Map();
    const links = await m.find(EvidenceLink, {
      where: { itemId: In(itemIds) },
      relations: { file: true },
      order: { uploadedAt: 'ASC' },
    });
    const out = new Map<string, EvidenceDto[]>();
    for (const link of links) {
      const list = out.get(link.itemId) ?? [];
      list.push(evidenceDto(link, link.file!));
      out.set(link.itemId, list);
    }
    return out;
  }

  /** The stage a write lands in, from the period state and the assessment status; else ASSESSMENT_LOCKED. */
  stageOf(ctx: AssessmentContext): Stage {
    const { period, assessment } = ctx;
    if (period.state === 'self_assessment' && assessment.status === 'draft') return 'self';
    if (period.state === 'appraisal' && assessment.status === 'submitted') return 'round1';
    if (period.state === 'explanation' && assessment.status === 'returned') return 'explanation';
    if (period.state === 'final_appraisal' && assessment.status === 'explained') return 'round2';
    throw new DomainError('ASSESSMENT_LOCKED', {
      detail: {
        vi: `kỳ đang ở bước "${period.state}", phiếu ở trạng thái "${assessment.status}"`,
        en: `the period is in "${period.state}" and the assessment is "${assessment.status}"`,
      },
      extensions: { periodState: period.state, assessmentStatus: assessment.status },
    });
  }

  /** `PUT …/items/{leafCode}`: one leaf, in the stage the assessment is in, by whoever may act there. */
  async writeItem(
    periodId: string,
    unitCode: string,
    leafCode: string,
    dto: ItemWriteDto,
    actor: Actor,
  ): Promise<ItemDto> {
    return this.dataSource.transaction(async (m) => {
      const ctx = await this.context(m, periodId, unitCode, actor, 'share');
      const leaf = leafOf(ctx.set, leafCode);
      const stage = this.stageOf(ctx);
      const user = userOf(actor);
      this.assertMayAct(ctx, stage, leaf, actor);
      let item = await m.findOne(AssessmentItem, {
        where: { assessmentId: ctx.assessment.id, leafCode },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item) {
        if (dto.version !== 0) throw await this.stale(m, ctx, leaf, null);
        const inserted = await m
          .createQueryBuilder()
          .insert()
          .into(AssessmentItem)
          .values({ assessmentId: ctx.assessment.id, leafCode, version: 0 })
          .orIgnore()
          .returning('id')
          .execute();
        if ((inserted.raw as unknown[]).length === 0) throw await this.stale(m, ctx, leaf, null); // a concurrent first write won
        item = await m.findOneOrFail(AssessmentItem, {
          where: { assessmentId: ctx.assessment.id, leafCode },
          lock: { mode: 'pessimistic_write' },
        });
      } else if (item.version !== dto.version) {
        throw await this.stale(m, ctx, leaf, item);
      }
      const before = { ...item };
      const now = this.clock.now();
      const by =
        user?.username ?? (actor.principal?.kind === 'api_key' ? `api-key:${actor.principal.name}` : null);
      switch (stage) {
        case 'self':
          if (leaf.source === 'survey')
            throw new DomainError('SURVEY_LEAF_NOT_SELF_SCORED', {
              detail: { vi: leaf.code, en: leaf.code },
            });
          if (dto.input !== undefined) {
            item.selfInput = dto.input;
            item.selfPointsMilli = pointsOf(leaf, dto.input);
            item.selfSource = null;
          }
          if (dto.note !== undefined) item.selfNote = dto.note;
          item.selfBy = by;
          item.selfAt = now;
          break;
        case 'round1':
        case 'round2': {
          const input = dto.accept
            ? stage === 'round1'
              ? item.selfInput
              : (item.r1Input ?? item.selfInput)
            : (dto.input ?? null);
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
          const newPoints = pointsOf(leaf, input);
          const previous =
            stage === 'round1' ? item.selfPointsMilli : (item.r1PointsMilli ?? item.selfPointsMilli);
          if (newPoints !== previous && !dto.comment?.trim()) {
            throw new DomainError('COMMENT_REQUIRED', {
              detail: { vi: `tiêu chí ${leaf.code}`, en: `leaf ${leaf.code}` },
            });
          }
          if (stage === 'round1')
            Object.assign(item, {
              r1Input: input,
              r1PointsMilli: newPoints,
              r1Comment: dto.comment ?? null,
              r1By: by,
              r1At: now,
            });
          else
            Object.assign(item, {
              r2Input: input,
              r2PointsMilli: newPoints,
              r2Comment: dto.comment ?? null,
              r2By: by,
              r2At: now,
            });
          break;
        }
        case 'explanation':
          if (item.r1PointsMilli === item.selfPointsMilli) {
            throw new DomainError('EXPLANATION_NOT_ALLOWED', {
              detail: {
                vi: `tiêu chí ${leaf.code} không bị điều chỉnh`,
                en: `leaf ${leaf.code} was not adjusted`,
              },
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
          break;
      }
      const current = currentInput(item);
      item.finalInput = current;
      item.finalPointsMilli = pointsOf(leaf, current);
      await m.save(item);
      await this.audit.record(m, actor, {
        action: `assessment.${stage}`,
        entityType: 'assessment_item',
        entityId: `${periodId}/${unitCode}/${leafCode}`,
        before: stageFields(before),
        after: stageFields(item),
      });
      const evidence = await this.evidenceOf(m, [item.id]);
      return itemDto(ctx.set, leaf, item, evidence.get(item.id) ?? []);
    });
  }

  private assertMayAct(ctx: AssessmentContext, stage: Stage, leaf: LeafNode, actor: Actor): void {
    const user = userOf(actor);
    const admin = user?.role === 'admin';
    if (stage === 'self' || stage === 'explanation') {
      if (!admin && !isUnitMember(actor, ctx.unit.id))
        throw forbidden('chỉ đơn vị được đánh giá', 'only the assessed unit');
      if (!admin)
        this.assertDeadline(
          stage === 'self'
            ? (ctx.participation.selfAssessmentDue ?? ctx.period.selfAssessmentDue)
            : (ctx.participation.explanationDue ?? ctx.period.explanationDue),
        );
      return;
    }
    if (!user || !appraiserCovers(user, ctx.set, leaf)) {
      if (user?.role === 'appraiser') {
        throw new DomainError('LEAF_NOT_IN_SCOPE', {
          detail: { vi: `tiêu chí ${leaf.code}`, en: `leaf ${leaf.code}` },
        });
      }
      throw forbidden('chỉ thành viên thẩm định', 'appraisers only');
    }
  }

  assertDeadline(due: Date | null): void {
    if (due && this.clock.now().getTime() > due.getTime()) {
      throw new DomainError('DEADLINE_PASSED', {
        detail: { vi: `hạn ${due.toISOString()}`, en: `due ${due.toISOString()}` },
        extensions: { deadline: due.toISOString() },
      });
    }
  }

  private async stale(
    m: EntityManager,
    ctx: AssessmentContext,
    leaf: LeafNode,
    item: AssessmentItem | null,
  ): Promise<DomainError> {
    const fresh = item
      ? await m.findOneBy(AssessmentItem, { id: item.id })
      : await m.findOneBy(AssessmentItem, { assessmentId: ctx.assessment.id, leafCode: leaf.code });
    const evidence = fresh ? await this.evidenceOf(m, [fresh.id]) : new Map<string, EvidenceDto[]>();
    return new DomainError('STALE_VERSION', {
      extensions: { current: itemDto(ctx.set, leaf, fresh, evidence.get(fresh?.id ?? '') ?? []) },
    });
  }

  async completeness(m: EntityManager, ctx: AssessmentContext): Promise<CompletenessDto> {
    const items = await m.find(AssessmentItem, { where: { assessmentId: ctx.assessment.id } });
    const evidence = await this.evidenceOf(
      m,
      items.map((i) => i.id),
    );
    const byLeaf = new Map(items.map((i) => [i.leafCode, i]));
    const missingInput: string[] = [];
    const missingEvidence: string[] = [];
    for (const leaf of ctx.set.leaves.filter((l) => l.source === 'assessment')) {
      const item = byLeaf.get(leaf.code);
      if (!item?.selfInput) missingInput.push(leaf.code);
      else if (
        !item.selfInput.notApplicable &&
        !(evidence.get(item.id) ?? []).some((e) => e.stage === 'self') &&
        !item.selfNote?.trim()
      ) {
        missingEvidence.push(leaf.code);
      }
    }
    return {
      complete: missingInput.length === 0 && missingEvidence.length === 0,
      missingInput,
      missingEvidence,
    };
  }

  async completenessOf(periodId: string, unitCode: string, actor: Actor): Promise<CompletenessDto> {
    const ctx = await this.context(this.dataSource.manager, periodId, unitCode, actor);
    return this.completeness(this.dataSource.manager, ctx);
  }

  /** The unit head locks the self-assessment, after a completeness check that lists every gap. */
  async submit(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (m) => {
      const ctx = await this.context(m, periodId, unitCode, actor, 'update');
      const user = userOf(actor);
      if (user?.role !== 'admin' && !(user?.role === 'unit_head' && isUnitMember(actor, ctx.unit.id))) {
        throw forbidden('chỉ lãnh đạo đơn vị nộp phiếu', 'only the unit head submits');
      }
      if (this.stageOf(ctx) !== 'self') throw new DomainError('ASSESSMENT_LOCKED');
      if (user.role !== 'admin')
        this.assertDeadline(ctx.participation.selfAssessmentDue ?? ctx.period.selfAssessmentDue);
      const check = await this.completeness(m, ctx);
      if (!check.complete) {
        throw new DomainError('ASSESSMENT_INCOMPLETE', {
          detail: {
            vi: `${check.missingInput.length} tiêu chí chưa có số liệu, ${check.missingEvidence.length} tiêu chí chưa có tài liệu kiểm chứng hoặc giải thích`,
            en: `${check.missingInput.length} leaves without input, ${check.missingEvidence.length} without evidence or a note`,
          },
          errors: [
            ...check.missingInput.map((leaf) => ({
              leaf,
              code: 'NO_INPUT',
              message: `${leaf}: chưa nhập số liệu`,
              messageEn: `${leaf}: no input`,
            })),
            ...check.missingEvidence.map((leaf) => ({
              leaf,
              code: 'NO_EVIDENCE',
              message: `${leaf}: chưa có tài liệu kiểm chứng hoặc giải thích`,
              messageEn: `${leaf}: no evidence nor note`,
            })),
          ],
          extensions: { completeness: check },
        });
      }
      return this.setStatus(m, ctx, 'submitted', actor, 'assessment.submit', {
        submittedAt: this.clock.now(),
        submittedBy: user.id,
      });
    });
  }

  /** The unit closes its explanation round early (otherwise the window's end closes it). */
  async closeExplanation(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (m) => {
      const ctx = await this.context(m, periodId, unitCode, actor, 'update');
      const user = userOf(actor);
      if (user?.role !== 'admin' && !(user?.role === 'unit_head' && isUnitMember(actor, ctx.unit.id))) {
        throw forbidden('chỉ lãnh đạo đơn vị', 'only the unit head');
      }
      if (this.stageOf(ctx) !== 'explanation') throw new DomainError('ASSESSMENT_LOCKED');
      return this.setStatus(m, ctx, 'explained', actor, 'assessment.explanation_submit', {
        explainedAt: this.clock.now(),
      });
    });
  }

  /** Round 2 done: the assessment is final and locked. Every explained leaf needs a round-2 decision. */
  async finalize(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (m) => {
      const ctx = await this.context(m, periodId, unitCode, actor, 'update');
      if (this.stageOf(ctx) !== 'round2') throw new DomainError('ASSESSMENT_LOCKED');
      const open = await m
        .createQueryBuilder(AssessmentItem, 'i')
        .where('i.assessment_id = :id AND i.explanation IS NOT NULL AND i.r2_at IS NULL', {
          id: ctx.assessment.id,
        })
        .getMany();
      if (open.length) {
        throw new DomainError('ASSESSMENT_INCOMPLETE', {
          detail: {
            vi: `${open.length} tiêu chí có giải trình chưa thẩm định vòng 2`,
            en: `${open.length} explained leaves await round 2`,
          },
          errors: open.map((i) => ({
            leaf: i.leafCode,
            code: 'ROUND2_PENDING',
            message: `${i.leafCode}: chờ thẩm định vòng 2`,
            messageEn: `${i.leafCode}: awaiting round 2`,
          })),
        });
      }
      return this.setStatus(m, ctx, 'final', actor, 'assessment.finalize', { finalAt: this.clock.now() });
    });
  }

  /** Admin: one step back (final → explained → returned → submitted → draft), with a reason in the audit log. */
  async reopen(periodId: string, unitCode: string, reason: string, actor: Actor): Promise<AssessmentDto> {
    const back: Record<Assessment['status'], Assessment['status'] | null> = {
      draft: null,
      submitted: 'draft',
      returned: 'submitted',
      explained: 'returned',
      final: 'explained',
    };
    return this.dataSource.transaction(async (m) => {
      const ctx = await this.context(m, periodId, unitCode, actor, 'update');
      if (ctx.period.state === 'published') throw new DomainError('PERIOD_LOCKED');
      const to = back[ctx.assessment.status];
      if (!to)
        throw new DomainError('ASSESSMENT_LOCKED', {
          detail: { vi: 'phiếu đang là bản nháp', en: 'the assessment is a draft already' },
        });
      ctx.assessment.reopenCount += 1;
      return this.setStatus(
        m,
        ctx,
        to,
        actor,
        'assessment.reopen',
        { reopenCount: ctx.assessment.reopenCount },
        reason,
      );
    });
  }

  async setAdjustments(
    periodId: string,
    unitCode: string,
    dto: AdjustmentsWriteDto,
    actor: Actor,
  ): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (m) => {
      const ctx = await this.context(m, periodId, unitCode, actor, 'update');
      const stage = this.stageOf(ctx);
      const user = userOf(actor);
      if (stage !== 'round1' && stage !== 'round2') throw new DomainError('ASSESSMENT_LOCKED');
      if (user?.role !== 'admin' && user?.role !== 'appraiser')
        throw forbidden('chỉ thành viên thẩm định', 'appraisers only');
      if (ctx.assessment.version !== dto.version)
        throw new DomainError('STALE_VERSION', { extensions: { current: await this.toDto(m, ctx) } });
      const bonus = toMilli(dto.bonus);
      const penalty = toMilli(dto.penalty);
      if ((bonus || penalty) && !ctx.set.adjustments) {
        throw new DomainError('INPUT_INVALID', {
          errors: [
            {
              code: 'ADJUSTMENT_NOT_ALLOWED',
              message: 'Bộ tiêu chí không có điểm thưởng/trừ',
              messageEn: 'The set has no bonus/penalty block',
            },
          ],
        });
      }
      const before = {
        bonusMilli: ctx.assessment.bonusMilli,
        penaltyMilli: ctx.assessment.penaltyMilli,
        comment: ctx.assessment.adjustmentsComment,
      };
      Object.assign(ctx.assessment, {
        bonusMilli: bonus,
        penaltyMilli: penalty,
        adjustmentsComment: dto.comment ?? null,
      });
      await m.save(ctx.assessment);
      await this.audit.record(m, actor, {
        action: 'assessment.adjustments',
        entityType: 'assessment',
        entityId: `${periodId}/${unitCode}`,
        before,
        after: { bonusMilli: bonus, penaltyMilli: penalty, comment: ctx.assessment.adjustmentsComment },
      });
      return this.toDto(m, ctx);
    });
  }

  private async setStatus(
    m: EntityManager,
    ctx: AssessmentContext,
    status: Assessment['status'],
    actor: Actor,
    action: string,
    fields: Partial<Assessment>,
    reason?: string,
  ): Promise<AssessmentDto> {
    const before = { status: ctx.assessment.status };
    Object.assign(ctx.assessment, fields, { status });
    await m.save(ctx.assessment);
    await this.audit.record(m, actor, {
      action,
      entityType: 'assessment',
      entityId: `${ctx.period.id}/${ctx.unit.code}`,
      before,
      after: { status, ...(reason ? { reason } : {}) },
    });
    return this.toDto(m, ctx);
  }
}

function leafOf(set: CriteriaSet, code: string): LeafNode {
  const node = set.nodesByCode.get(code);
  if (!node || node.type !== 'leaf')
    throw notFound({ vi: `Không có tiêu chí thành phần ${code}`, en: `No leaf ${code}` });
  return node;
}

function forbidden(vi: string, en: string): DomainError {
  return new DomainError('FORBIDDEN', { detail: { vi, en } });
}

function stage(
  input: LeafInputV1 | null,
  milli: number | null,
  text: string | null,
  by: string | null,
  at: Date | null,
): StageDto | null {
  if (!at && input === null && text === null) return null;
  return { input, points: points(milli), text, by, at };
}

export function itemDto(
  set: CriteriaSet,
  leaf: LeafNode,
  item: AssessmentItem | null,
  evidence: EvidenceDto[],
): ItemDto {
  const current = item ? currentInput(item) : null;
  return {
    leafCode: leaf.code,
    title: leaf.title,
    areaCode: areaOf(set, leaf.code),
    maxPoints: fromMilli(leaf.maxMilli),
    source: leaf.source,
    ruleKind: leaf.rule.kind,
    rule: ruleV1Of(leaf),
    leadAgency: leaf.leadAgency ?? null,
    evidenceHint: leaf.evidence ?? null,
    guidance: leaf.guidance ?? null,
    self: item ? stage(item.selfInput, item.selfPointsMilli, item.selfNote, item.selfBy, item.selfAt) : null,
    selfSource: item?.selfSource ?? null,
    round1: item ? stage(item.r1Input, item.r1PointsMilli, item.r1Comment, item.r1By, item.r1At) : null,
    explanation: item?.explanationAt
      ? { input: null, points: null, text: item.explanation, by: item.explanationBy, at: item.explanationAt }
      : null,
    round2: item ? stage(item.r2Input, item.r2PointsMilli, item.r2Comment, item.r2By, item.r2At) : null,
    points: points(item?.finalPointsMilli ?? null),
    adjusted: Boolean(item?.r1At && item.r1PointsMilli !== item.selfPointsMilli),
    why: whyOf(leaf, current),
    whyEn: whyOf(leaf, current, 'en'),
    evidence,
    version: item?.version ?? 0,
  };
}

/** The leaf's rule as v1 JSON for the SPA's live preview (it scores with the same libs/scoring). */
function ruleV1Of(leaf: LeafNode): unknown {
  return canonicalRuleV1(leaf.rule);
}

export function evidenceDto(link: EvidenceLink, file: EvidenceFile): EvidenceDto {
  return {
    id: link.id,
    fileName: link.fileName,
    mime: file.mime,
    size: Number(file.sizeBytes),
    sha256: file.sha256,
    stage: link.stage,
    uploadedBy: link.uploadedBy,
    uploadedAt: link.uploadedAt,
    url: `/api/v1/evidence/${link.id}`,
  };
}

const STAGE_FIELDS = [
  'selfInput',
  'selfPointsMilli',
  'selfNote',
  'r1Input',
  'r1PointsMilli',
  'r1Comment',
  'explanation',
  'r2Input',
  'r2PointsMilli',
  'r2Comment',
  'finalPointsMilli',
] as const satisfies readonly (keyof AssessmentItem)[];

/** What the audit log keeps of an item: its stages, not its bookkeeping. */
function stageFields(item: Partial<AssessmentItem>): Record<string, unknown> {
  return Object.fromEntries(STAGE_FIELDS.map((field) => [field, item[field]]));
}

export type { UserPrincipal };
