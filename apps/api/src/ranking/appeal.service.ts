import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MultipartFile } from '@fastify/multipart';
import type { CriteriaSet, LeafInputV1 } from '@par/scoring';
import { UNIT_ROLES } from '@par/contracts';
import type { Readable } from 'node:stream';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../auth/principal';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { EvidenceService } from '../evidence/evidence.service';
import { Unit } from '../organization/unit.entity';
import { AppraisalAssignment } from '../period/appraisal-assignment.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { FinalInputRepository } from '../scoring/final-input.repository';
import { ResultSnapshot } from '../scoring/result-snapshot.entity';
import { ScoringService, actorLabel, summary, type SnapshotSummary } from '../scoring/scoring.service';
import { coverageOf } from '../self-assessment/assessment-access';
import { leafOf } from '../self-assessment/assessment-context.loader';
import { Assessment } from '../self-assessment/assessment.entity';
import { scoreInput } from '../self-assessment/leaf-scoring';
import { appealInputs } from './appeal-inputs';
import type { AppealDto, AppealListDto, DecideAppealDto, FileAppealDto } from './appeal.dto';
import { Appeal, AppealEvidence, AppealLeaf } from './appeal.entity';
import { Publication } from './publication.entity';
import { sameCode } from '../common/codes';

const DAY_MS = 24 * 60 * 60_000;

const appealNotFound = () => notFound({ vi: 'Không có đề nghị phúc khảo này', en: 'No such appeal' });

/** What the caller may do with one unit's appeals: its own people file, the council (secretary) and admin decide. */
type Access = { read: boolean; file: boolean; decide: boolean };
const NONE: Access = { read: false, file: false, decide: false };

/** The appeal window of a published period: from its first publication, `appealDays` days. */
export function appealDeadline(firstPublishedAt: Date | null, appealDays: number): Date | null {
  return firstPublishedAt ? new Date(firstPublishedAt.getTime() + appealDays * DAY_MS) : null;
}

/**
 * Appeals (phúc khảo) after publication: a unit files on named leaves within the period's window, with
 * reasons and evidence; the council decides each leaf; when none is pending and some leaf is upheld, the
 * appeal compute stores a snapshot of the final inputs with the corrections, which publish turns into the
 * next version. The period stays published: nothing else unfreezes.
 */
@Injectable()
export class AppealService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly scoring: ScoringService,
    private readonly finalInputs: FinalInputRepository,
    private readonly sets: CriteriaSetCache,
    private readonly evidence: EvidenceService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(periodId: string, actor: Actor): Promise<AppealListDto> {
    const manager = this.dataSource.manager;
    const period = await manager.findOneBy(Period, { id: periodId });
    if (!period) throw periodNotFound();
    const appeals = await manager.find(Appeal, { where: { periodId }, order: { filedAt: 'ASC' } });
    const visible: Appeal[] = [];
    const assignments = await this.assignments(manager, periodId, actor);
    for (const appeal of appeals)
      if (this.accessTo({ id: appeal.unitId, code: appeal.unitCode }, actor, assignments).read)
        visible.push(appeal);
    const views = await this.views(manager, periodId, visible);
    const deadline = appealDeadline(await this.firstPublishedAt(manager, periodId), period.appealDays);
    return {
      appealDays: period.appealDays,
      deadline,
      open: this.isOpen(period, deadline),
      pending: views.reduce((n, a) => n + a.leaves.filter((l) => l.outcome === null).length, 0),
      unpublishedSnapshot: await this.unpublishedSnapshot(manager, periodId),
      appeals: views,
    };
  }

  async get(periodId: string, appealId: string, actor: Actor): Promise<AppealDto> {
    const manager = this.dataSource.manager;
    const appeal = await this.visible(manager, periodId, appealId, actor);
    return (await this.views(manager, periodId, [appeal]))[0];
  }

  async file(periodId: string, dto: FileAppealDto, actor: Actor): Promise<AppealDto> {
    const appealId = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      const user = userOf(actor);
      const unitCode = dto.unitCode ?? (user && UNIT_ROLES.includes(user.role) ? user.unitCode : null);
      const unit = unitCode ? await manager.findOneBy(Unit, { code: sameCode(unitCode) }) : null;
      const assessment = unit ? await manager.findOneBy(Assessment, { periodId, unitId: unit.id }) : null;
      if (!unit || !assessment) {
        if (!unitCode && user?.role === 'admin')
          throw new DomainError('VALIDATION_FAILED', {
            errors: [
              { field: 'unitCode', code: 'required', message: 'admin nêu đơn vị / admin names the unit' },
            ],
          });
        throw appealNotFound();
      }
      const access = this.accessTo(unit, actor, await this.assignments(manager, periodId, actor));
      if (!access.read) throw appealNotFound();
      if (!access.file)
        throw new DomainError('FORBIDDEN', {
          detail: {
            vi: 'Chỉ đơn vị được đánh giá đề nghị phúc khảo',
            en: 'Only the assessed unit files an appeal',
          },
        });
      const latest = await this.assertOpen(manager, period);
      const set = await this.sets.get(assessment.criteriaSetId, manager);
      const codes = dto.leaves.map((leaf) => leaf.leafCode);
      const twice = codes.filter((code, i) => codes.indexOf(code) !== i);
      if (twice.length)
        throw new DomainError('VALIDATION_FAILED', {
          errors: [
            { field: 'leaves', code: 'unique', message: `tiêu chí lặp lại / repeated leaf: ${twice[0]}` },
          ],
        });
      for (const code of codes) leafOf(set, code);
      const taken = await manager.findBy(AppealLeaf, { periodId, unitId: unit.id, leafCode: In(codes) });
      if (taken.length)
        throw new DomainError('APPEAL_LEAF_TAKEN', {
          detail: {
            vi: `đã phúc khảo: ${taken.map((l) => l.leafCode).join(', ')}`,
            en: `already appealed: ${taken.map((l) => l.leafCode).join(', ')}`,
          },
        });
      const published = new Map(
        (
          await manager.query<{ leaf_code: string; final_input: LeafInputV1 | null }[]>(
            `SELECT leaf_code, final_input FROM assessment_item WHERE assessment_id = $1 AND leaf_code = ANY($2)`,
            [assessment.id, codes],
          )
        ).map((row) => [row.leaf_code, row.final_input]),
      );
      const appeal = await manager.save(
        manager.create(Appeal, {
          periodId,
          unitId: unit.id,
          unitCode: unit.code,
          publicationVersion: latest.version,
          filedBy: actorLabel(actor),
          filedAt: this.clock.now(),
        }),
      );
      for (const leaf of dto.leaves)
        await manager.save(
          manager.create(AppealLeaf, {
            appealId: appeal.id,
            periodId,
            unitId: unit.id,
            leafCode: leaf.leafCode,
            reason: leaf.reason.trim(),
            publishedInput: published.get(leaf.leafCode) ?? null,
          }),
        );
      await this.audit.record(manager, actor, {
        action: 'appeal.file',
        entityType: 'appeal',
        entityId: appeal.id,
        after: {
          periodId,
          unit: unit.code,
          publicationVersion: latest.version,
          leaves: dto.leaves.map((l) => ({ leaf: l.leafCode, reason: l.reason })),
        },
      });
      return appeal.id;
    });
    return this.get(periodId, appealId, actor);
  }

  /** The unit attaches a file to an appealed leaf, while the window is open and the leaf is not decided. */
  async attach(
    periodId: string,
    appealId: string,
    leafCode: string,
    file: MultipartFile,
    actor: Actor,
  ): Promise<AppealDto> {
    const manager = this.dataSource.manager;
    const appeal = await this.visible(manager, periodId, appealId, actor);
    const access = this.accessTo(
      { id: appeal.unitId, code: appeal.unitCode },
      actor,
      await this.assignments(manager, periodId, actor),
    );
    if (!access.file)
      throw new DomainError('FORBIDDEN', {
        detail: {
          vi: 'Chỉ đơn vị được đánh giá gửi minh chứng',
          en: 'Only the assessed unit attaches evidence',
        },
      });
    const period = await manager.findOneByOrFail(Period, { id: periodId });
    await this.assertOpen(manager, period);
    const leaf = await manager.findOneBy(AppealLeaf, { appealId, leafCode });
    if (!leaf)
      throw notFound({ vi: `Không phúc khảo tiêu chí ${leafCode}`, en: `Leaf ${leafCode} is not appealed` });
    if (leaf.outcome) throw new DomainError('APPEAL_ALREADY_DECIDED');
    await this.evidence.storeAttachment(
      file,
      async (tx, stored, fileName) => {
        const row = await tx.save(
          tx.create(AppealEvidence, {
            appealLeafId: leaf.id,
            fileId: stored.id,
            fileName,
            uploadedBy: userOf(actor)?.username ?? null,
          }),
        );
        await this.audit.record(tx, actor, {
          action: 'appeal.evidence',
          entityType: 'appeal',
          entityId: appealId,
          after: {
            leaf: leafCode,
            evidenceId: row.id,
            fileName,
            sha256: stored.sha256,
            size: Number(stored.sizeBytes),
          },
        });
      },
      // Appeal evidence is the unit's evidence: the same quotas and upload rate (issue 17).
      { periodId, unitId: appeal.unitId, actor },
    );
    return this.get(periodId, appealId, actor);
  }

  /** The bytes of an appeal's evidence file, for whoever may read the appeal (audited). */
  async openEvidence(
    periodId: string,
    appealId: string,
    evidenceId: string,
    actor: Actor,
  ): Promise<{ stream: Readable; fileName: string; file: EvidenceFile }> {
    const manager = this.dataSource.manager;
    await this.visible(manager, periodId, appealId, actor);
    const row = await manager.query<{ file_id: string; file_name: string }[]>(
      `SELECT e.file_id, e.file_name FROM appeal_evidence e JOIN appeal_leaf l ON l.id = e.appeal_leaf_id
        WHERE e.id = $1 AND l.appeal_id = $2`,
      [evidenceId, appealId],
    );
    const opened = row.length ? await this.evidence.openFile(row[0].file_id) : null;
    if (!opened) throw notFound({ vi: 'Không có tệp này', en: 'No such file' });
    await this.dataSource.transaction((tx) =>
      this.audit.record(tx, actor, {
        action: 'appeal.evidence_download',
        entityType: 'appeal',
        entityId: appealId,
        after: { evidenceId, fileName: row[0].file_name },
      }),
    );
    return { stream: opened.stream, fileName: row[0].file_name, file: opened.file };
  }

  /**
   * The council decides leaves of an appeal (each once). When no leaf of the period is pending any more
   * and the upheld corrections differ from what is published, the appeal compute runs in the same
   * transaction and its snapshot is answered.
   */
  async decide(
    periodId: string,
    appealId: string,
    dto: DecideAppealDto,
    actor: Actor,
  ): Promise<{ appeal: AppealDto; computed: SnapshotSummary | null }> {
    const computed = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      const appeal = await this.visible(manager, periodId, appealId, actor);
      const access = this.accessTo(
        { id: appeal.unitId, code: appeal.unitCode },
        actor,
        await this.assignments(manager, periodId, actor),
      );
      if (!access.decide)
        throw new DomainError('FORBIDDEN', {
          detail: {
            vi: 'Chỉ hội đồng (thư ký hội đồng của đơn vị) hoặc quản trị kết luận phúc khảo',
            en: 'Only the council (the unit’s council secretary) or an admin decides appeals',
          },
        });
      if (appeal.version !== dto.version)
        throw new DomainError('STALE_VERSION', { extensions: { current: appeal.version } });
      const leaves = await manager.findBy(AppealLeaf, { appealId });
      const assessment = await manager.findOneByOrFail(Assessment, { periodId, unitId: appeal.unitId });
      const set: CriteriaSet = await this.sets.get(assessment.criteriaSetId, manager);
      const now = this.clock.now();
      const decided: Record<string, unknown>[] = [];
      for (const decision of dto.leaves) {
        const leaf = leaves.find((l) => l.leafCode === decision.leafCode);
        if (!leaf)
          throw notFound({
            vi: `Không phúc khảo tiêu chí ${decision.leafCode}`,
            en: `Leaf ${decision.leafCode} is not appealed`,
          });
        if (leaf.outcome)
          throw new DomainError('APPEAL_ALREADY_DECIDED', {
            detail: { vi: `tiêu chí ${leaf.leafCode}`, en: `leaf ${leaf.leafCode}` },
          });
        let corrected: LeafInputV1 | null = null;
        if (decision.outcome === 'upheld') {
          corrected = decision.correctedInput!;
          scoreInput(leafOf(set, leaf.leafCode), corrected); // 422 INPUT_INVALID against the leaf's rule
        } else if (decision.correctedInput !== undefined) {
          throw new DomainError('VALIDATION_FAILED', {
            errors: [
              {
                field: 'correctedInput',
                code: 'notAllowed',
                message: 'chỉ khi chấp nhận / only with an upheld outcome',
              },
            ],
          });
        }
        Object.assign(leaf, {
          outcome: decision.outcome,
          correctedInput: corrected,
          decisionReason: decision.reason.trim(),
          decidedBy: actorLabel(actor),
          decidedAt: now,
        });
        await manager.save(leaf);
        decided.push({
          leaf: leaf.leafCode,
          outcome: decision.outcome,
          correctedInput: corrected,
          reason: leaf.decisionReason,
        });
      }
      await manager.increment(Appeal, { id: appealId }, 'version', 1);
      await this.audit.record(manager, actor, {
        action: 'appeal.decide',
        entityType: 'appeal',
        entityId: appealId,
        after: { periodId, unit: appeal.unitCode, decisions: decided },
      });
      return this.computeWhenDecided(manager, periodId, actor);
    });
    return {
      appeal: await this.get(periodId, appealId, actor),
      computed: computed ? summary(computed) : null,
    };
  }

  /** No leaf pending and the corrected inputs differ from the latest publication's and snapshot's: the appeal compute. */
  private async computeWhenDecided(
    manager: EntityManager,
    periodId: string,
    actor: Actor,
  ): Promise<ResultSnapshot | null> {
    const pending = await manager.countBy(AppealLeaf, { periodId, outcome: IsNull() });
    if (pending > 0) return null;
    const inputs = await appealInputs(manager, this.finalInputs, periodId);
    if (!inputs.corrections.length) return null;
    const latest = await this.scoring.latest(periodId, manager);
    if (latest?.inputsHash === inputs.hash) return null; // already computed on these corrections
    return this.scoring.computeAppeal(manager, periodId, inputs, actor);
  }

  /** The latest snapshot when it is an appeal compute newer than the latest publication, else null. */
  private async unpublishedSnapshot(
    manager: EntityManager,
    periodId: string,
  ): Promise<SnapshotSummary | null> {
    const latest = await this.scoring.latest(periodId, manager);
    if (!latest?.appeal) return null;
    const publication = await manager.findOne(Publication, {
      where: { periodId },
      order: { version: 'DESC' },
    });
    return publication?.snapshotId === latest.id ? null : summary(latest);
  }

  private async firstPublishedAt(manager: EntityManager, periodId: string): Promise<Date | null> {
    return (await manager.findOneBy(Publication, { periodId, version: 1 }))?.publishedAt ?? null;
  }

  private isOpen(period: Period, deadline: Date | null): boolean {
    return (
      period.state === 'published' && period.appealDays > 0 && !!deadline && this.clock.now() <= deadline
    );
  }

  /** 409 unless the period is published and its window open; answers the latest publication. */
  private async assertOpen(manager: EntityManager, period: Period): Promise<Publication> {
    const latest = await manager.findOne(Publication, {
      where: { periodId: period.id },
      order: { version: 'DESC' },
    });
    if (period.state !== 'published' || !latest)
      throw new DomainError('PERIOD_STATE_CONFLICT', {
        detail: { vi: 'chỉ phúc khảo sau khi công bố', en: 'appeals are filed after publication' },
      });
    const deadline = appealDeadline(await this.firstPublishedAt(manager, period.id), period.appealDays);
    if (!this.isOpen(period, deadline))
      throw new DomainError('APPEAL_WINDOW_CLOSED', {
        detail: {
          vi: `hạn phúc khảo ${deadline?.toISOString() ?? '—'}`,
          en: `appeal deadline ${deadline?.toISOString() ?? '—'}`,
        },
        extensions: { deadline: deadline?.toISOString() ?? null },
      });
    return latest;
  }

  private async visible(
    manager: EntityManager,
    periodId: string,
    appealId: string,
    actor: Actor,
  ): Promise<Appeal> {
    const appeal = await manager.findOneBy(Appeal, { id: appealId, periodId });
    if (!appeal) throw appealNotFound();
    const access = this.accessTo(
      { id: appeal.unitId, code: appeal.unitCode },
      actor,
      await this.assignments(manager, periodId, actor),
    );
    if (!access.read) throw appealNotFound();
    return appeal;
  }

  private async assignments(
    manager: EntityManager,
    periodId: string,
    actor: Actor,
  ): Promise<AppraisalAssignment[]> {
    return userOf(actor)?.role === 'appraiser' ? manager.findBy(AppraisalAssignment, { periodId }) : [];
  }

  /** Admin: everything; the unit's own people: read and file; its council secretary (whole-unit appraiser): read and decide. */
  private accessTo(
    unit: { id: string; code: string },
    actor: Actor,
    assignments: AppraisalAssignment[],
  ): Access {
    const user = userOf(actor);
    if (!user) return NONE;
    if (user.role === 'admin') return { read: true, file: true, decide: true };
    if (UNIT_ROLES.includes(user.role))
      return user.unitId === unit.id ? { read: true, file: true, decide: false } : NONE;
    if (user.role === 'appraiser' && coverageOf(user, unit, assignments)?.allAreas)
      return { read: true, file: false, decide: true };
    return NONE;
  }

  private async views(manager: EntityManager, periodId: string, appeals: Appeal[]): Promise<AppealDto[]> {
    if (!appeals.length) return [];
    const ids = appeals.map((a) => a.id);
    const leaves = await manager.find(AppealLeaf, {
      where: { appealId: In(ids) },
      order: { leafCode: 'ASC' },
    });
    const evidence = leaves.length
      ? await manager.query<
          {
            id: string;
            appeal_leaf_id: string;
            file_name: string;
            uploaded_by: string | null;
            uploaded_at: Date;
            mime: string;
            size_bytes: string;
            sha256: string;
          }[]
        >(
          `SELECT e.id, e.appeal_leaf_id, e.file_name, e.uploaded_by, e.uploaded_at, f.mime, f.size_bytes, f.sha256
             FROM appeal_evidence e JOIN evidence_file f ON f.id = e.file_id
            WHERE e.appeal_leaf_id = ANY($1) ORDER BY e.uploaded_at, e.id`,
          [leaves.map((l) => l.id)],
        )
      : [];
    const names = new Map(
      (await manager.findBy(Unit, { id: In(appeals.map((a) => a.unitId)) })).map((u) => [u.id, u.name]),
    );
    const setOf = new Map<string, CriteriaSet>();
    for (const row of await manager.findBy(Assessment, {
      periodId,
      unitId: In(appeals.map((a) => a.unitId)),
    }))
      setOf.set(row.unitId, await this.sets.get(row.criteriaSetId, manager));
    return appeals.map((appeal) => {
      const own = leaves.filter((l) => l.appealId === appeal.id);
      const set = setOf.get(appeal.unitId);
      return {
        id: appeal.id,
        unitCode: appeal.unitCode,
        unitName: names.get(appeal.unitId) ?? appeal.unitCode,
        publicationVersion: appeal.publicationVersion,
        status: own.every((l) => l.outcome) ? 'decided' : 'pending',
        filedBy: appeal.filedBy,
        filedAt: appeal.filedAt,
        version: appeal.version,
        leaves: own.map((leaf) => ({
          leafCode: leaf.leafCode,
          title: set?.nodesByCode.get(leaf.leafCode)?.title ?? leaf.leafCode,
          reason: leaf.reason,
          publishedInput: leaf.publishedInput,
          outcome: leaf.outcome,
          correctedInput: leaf.correctedInput,
          decisionReason: leaf.decisionReason,
          decidedBy: leaf.decidedBy,
          decidedAt: leaf.decidedAt,
          evidence: evidence
            .filter((e) => e.appeal_leaf_id === leaf.id)
            .map((e) => ({
              id: e.id,
              fileName: e.file_name,
              mime: e.mime,
              sizeBytes: Number(e.size_bytes),
              sha256: e.sha256,
              uploadedBy: e.uploaded_by,
              uploadedAt: e.uploaded_at,
            })),
        })),
      };
    });
  }
}
