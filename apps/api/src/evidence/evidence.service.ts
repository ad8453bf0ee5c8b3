import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MultipartFile } from '@fastify/multipart';
import { DETAIL_TEXTS } from '@par/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { userOf } from '../auth/principal';
import { RateLimitService } from '../auth/rate-limit.service';
import { listZipEntries } from '../common/zip/zip-inspector';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Unit } from '../organization/unit.entity';
import {
  assertBeforeDeadline,
  deadlineOf,
  isUnitMember,
  mayRead,
} from '../self-assessment/assessment-access';
import { AssessmentContextLoader, leafOf } from '../self-assessment/assessment-context.loader';
import { AssessmentItem } from '../self-assessment/assessment-item.entity';
import { stageOf } from '../self-assessment/assessment-stage';
import type { EvidenceDto } from '../self-assessment/assessment.dto';
import { Assessment } from '../self-assessment/assessment.entity';
import { toEvidenceDto } from '../self-assessment/assessment.mapper';
import {
  detectFileType,
  extensionOf,
  MACRO_EXTENSIONS,
  sanitizeFileName,
  zipMacroRisk,
} from './detect-file-type';
import { EVIDENCE_CLEANUP_LOCK } from './evidence-cleanup.service';
import { EvidenceFile } from './evidence-file.entity';
import { EvidenceLink } from './evidence-link.entity';
import { EvidenceStorage, removeQuietly } from './evidence-storage';

const HEAD_BYTES = 4096;
const ZIP_MIMES = new Set([
  'application/zip',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

export interface UploadedEvidence extends EvidenceDto {
  /** The same content was already stored (by anyone): nothing new was written to storage. */
  deduplicated: boolean;
}

const linkNotFound = () => notFound({ vi: 'Không có tài liệu kiểm chứng này', en: 'No such evidence file' });

/** Whose evidence an attachment is: it counts in that unit's and period's quotas and in the uploader's rate. */
export interface EvidenceBudget {
  periodId: string;
  unitId: string;
  actor: Actor;
}

/** Evidence files: streamed, size-limited, typed by content, SHA-256 deduplicated, authorised downloads. */
@Injectable()
export class EvidenceService implements OnModuleInit {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly storage: EvidenceStorage,
    private readonly contexts: AssessmentContextLoader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.storage.ensureReady();
    this.logger.log(`Lưu tài liệu kiểm chứng / evidence storage: ${this.storage.kind}`);
  }

  async upload(
    periodId: string,
    unitCode: string,
    leafCode: string,
    file: MultipartFile,
    actor: Actor,
  ): Promise<UploadedEvidence> {
    // Check who and when before reading a byte of the file.
    const context = await this.contexts.load(this.dataSource.manager, periodId, unitCode, actor);
    const stage = stageOf(context.period.state, context.assessment.status);
    if (stage !== 'self' && stage !== 'explanation') throw new DomainError('ASSESSMENT_LOCKED');
    const admin = userOf(actor)?.role === 'admin';
    if (!admin && !isUnitMember(actor, context.unit.id))
      throw new DomainError('FORBIDDEN', { detail: DETAIL_TEXTS.ONLY_ASSESSED_UNIT() });
    if (!admin) assertBeforeDeadline(deadlineOf(context, stage), this.clock.now());
    leafOf(context.set, leafCode);
    await this.consumeUploadRate(actor);

    const fileName = sanitizeFileName(file.filename ?? '');
    const stored = await this.receive(file);
    let putHere = false;
    try {
      const type = detectFileType(stored.head);
      if (!type) {
        throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', {
          detail: {
            vi: `nội dung "${fileName}" không phải PDF, Office, ảnh hay ZIP`,
            en: `"${fileName}" is not PDF, Office, an image or ZIP`,
          },
        });
      }
      const extension = extensionOf(fileName);
      await this.refuseMacros(type.mime, extension, stored.path, fileName);
      if (!type.extensions.includes(extension)) {
        throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', {
          detail: {
            vi: `nội dung là ${type.label} nhưng tên tệp có đuôi ".${extension}"`,
            en: `the content is ${type.label} but the name ends in ".${extension}"`,
          },
        });
      }
      return await this.dataSource.transaction(async (manager) => {
        // Shared with other uploads, exclusive for the orphan cleanup: it never removes a file in use here.
        await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [EVIDENCE_CLEANUP_LOCK]);
        await this.assertQuota(manager, periodId, context.unit.id, stored.sha256, stored.size);
        const put = await this.putFile(manager, stored, type.mime);
        putHere = put.putHere;
        const { evidenceFile } = put;
        const deduplicated = !put.putHere;
        await manager
          .createQueryBuilder()
          .insert()
          .into(AssessmentItem)
          .values({ assessmentId: context.assessment.id, leafCode, version: 0 })
          .orIgnore()
          .execute();
        const item = await manager.findOneByOrFail(AssessmentItem, {
          assessmentId: context.assessment.id,
          leafCode,
        });
        if (stage === 'explanation' && item.round1PointsMilli === item.selfPointsMilli) {
          throw new DomainError('EXPLANATION_NOT_ALLOWED', {
            detail: DETAIL_TEXTS.LEAF_NOT_ADJUSTED({ leaf: leafCode }),
          });
        }
        const linkStage = stage === 'self' ? 'self' : 'explanation';
        const existing = await manager.findOneBy(EvidenceLink, {
          itemId: item.id,
          fileId: evidenceFile.id,
          stage: linkStage,
        });
        const link =
          existing ??
          (await manager.save(
            manager.create(EvidenceLink, {
              itemId: item.id,
              fileId: evidenceFile.id,
              stage: linkStage,
              fileName,
              uploadedBy: userOf(actor)?.username ?? null,
            }),
          ));
        await this.audit.record(manager, actor, {
          action: 'evidence.upload',
          entityType: 'assessment_item',
          entityId: `${periodId}/${unitCode}/${leafCode}`,
          after: {
            fileName,
            sha256: stored.sha256,
            size: stored.size,
            mime: type.mime,
            stage: linkStage,
            deduplicated,
          },
        });
        return { ...toEvidenceDto(link, evidenceFile), deduplicated };
      });
    } catch (error) {
      // Nothing half-written: bytes this upload stored are removed when no row came to point at them.
      if (putHere) await this.removeUnreferenced(stored.sha256);
      throw error;
    } finally {
      await removeQuietly(stored.path);
    }
  }

  /** Legacy Office (OLE2), macro-enabled Office and plain ZIP archives are refused (415). */
  private async refuseMacros(mime: string, extension: string, path: string, fileName: string): Promise<void> {
    const refuse = (why: { vi: string; en: string }) =>
      new DomainError('EVIDENCE_MACROS_NOT_ALLOWED', {
        detail: { vi: `"${fileName}": ${why.vi}`, en: `"${fileName}": ${why.en}` },
      });
    if (mime === 'application/x-ole-storage') {
      throw refuse({
        vi: 'định dạng Office 97–2003 (.doc/.xls/.ppt) có thể chứa macro; hãy lưu lại thành .docx/.xlsx/.pptx hoặc PDF',
        en: 'Office 97–2003 files (.doc/.xls/.ppt) can carry macros; save as .docx/.xlsx/.pptx or PDF',
      });
    }
    if (MACRO_EXTENSIONS.has(extension)) {
      throw refuse({ vi: `tệp .${extension} là tệp có macro`, en: `.${extension} files are macro-enabled` });
    }
    if (!ZIP_MIMES.has(mime)) return;
    let names: string[];
    try {
      names = listZipEntries(await readFile(path)).map((entry) => entry.name);
    } catch {
      throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', {
        detail: { vi: `"${fileName}": tệp nén hỏng`, en: `"${fileName}": a damaged archive` },
      });
    }
    const risk = zipMacroRisk(names);
    if (risk) throw refuse(risk);
  }

  /**
   * The upload rate limit every evidence upload counts against (assessment evidence and appeal evidence
   * alike): EVIDENCE_UPLOADS_PER_HOUR per user (or address), 429 with Retry-After beyond it.
   */
  async consumeUploadRate(actor: Actor): Promise<void> {
    const uploader = actor.principal?.id ?? actor.ip ?? 'unknown';
    await this.limits.consume(
      [
        {
          key: `evidence:upload:${uploader}`,
          windowMs: 60 * 60_000,
          limit: this.config.env.EVIDENCE_UPLOADS_PER_HOUR,
        },
      ],
      this.clock.now(),
      { vi: 'Tải lên quá nhiều tệp trong một giờ', en: 'Too many uploads in an hour' },
    );
  }

  /**
   * Per unit and period, and per period: the distinct files linked — to assessment items and to appeals
   * (phúc khảo) alike — plus this one unless that unit already has it.
   */
  private async assertQuota(
    manager: EntityManager,
    periodId: string,
    unitId: string,
    sha256: string,
    size: number,
  ): Promise<void> {
    const { EVIDENCE_UNIT_QUOTA_BYTES: unitQuota, EVIDENCE_PERIOD_QUOTA_BYTES: periodQuota } =
      this.config.env;
    // One upload at a time per unit and period, so two parallel uploads cannot both squeeze under the quota.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('par:evidence-quota:' || $1 || ':' || $2))`, [
      periodId,
      unitId,
    ]);
    const rows = await manager.query<{ unit_bytes: string; period_bytes: string; unit_has: boolean }[]>(
      `WITH linked AS (
         SELECT a.unit_id, f.id, f.size_bytes, f.sha256
         FROM evidence_link l
         JOIN assessment_item i ON i.id = l.item_id
         JOIN assessment a ON a.id = i.assessment_id
         JOIN evidence_file f ON f.id = l.file_id
         WHERE a.period_id = $1
         UNION
         SELECT al.unit_id, f.id, f.size_bytes, f.sha256
         FROM appeal_evidence e
         JOIN appeal_leaf al ON al.id = e.appeal_leaf_id
         JOIN evidence_file f ON f.id = e.file_id
         WHERE al.period_id = $1)
       SELECT coalesce(sum(size_bytes) FILTER (WHERE unit_id = $2), 0) AS unit_bytes,
              coalesce(sum(size_bytes), 0) AS period_bytes,
              coalesce(bool_or(unit_id = $2 AND sha256 = $3), false) AS unit_has
       FROM linked`,
      [periodId, unitId, sha256],
    );
    const row = rows[0];
    if (row?.unit_has) return;
    const unitBytes = Number(row?.unit_bytes ?? 0) + size;
    const periodBytes = Number(row?.period_bytes ?? 0) + size;
    const over = (used: number, quota: number, vi: string, en: string) =>
      new DomainError('EVIDENCE_QUOTA_EXCEEDED', {
        detail: {
          vi: `${vi}: tối đa ${(quota / 1048576).toFixed(1)} MB`,
          en: `${en}: at most ${(quota / 1048576).toFixed(1)} MB`,
        },
        extensions: { quotaBytes: quota, usedBytes: used - size },
      });
    if (unitBytes > unitQuota)
      throw over(unitBytes, unitQuota, 'dung lượng của đơn vị trong kỳ', 'this unit in this period');
    if (periodBytes > periodQuota)
      throw over(periodBytes, periodQuota, 'dung lượng của cả kỳ', 'the whole period');
  }

  private async removeUnreferenced(sha256: string): Promise<void> {
    try {
      const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM evidence_file WHERE sha256 = $1`, [
        sha256,
      ]);
      if (rows.length === 0) await this.storage.remove(sha256);
    } catch (error) {
      this.logger.warn(
        `could not remove ${sha256}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /**
   * Stores a PDF (by content: anything else is 415 DECISION_FILE_NOT_PDF) in the evidence storage, not linked
   * to any assessment — e.g. a publication's signed decision. Deduplicated by SHA-256 like every file.
   */
  async storePdf(file: MultipartFile): Promise<EvidenceFile> {
    const stored = await this.receive(file);
    try {
      if (detectFileType(stored.head)?.mime !== 'application/pdf')
        throw new DomainError('DECISION_FILE_NOT_PDF');
      if (!(await this.storage.exists(stored.sha256)))
        await this.storage.putFile(stored.sha256, stored.path, 'application/pdf');
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(EvidenceFile)
        .values({
          sha256: stored.sha256,
          sizeBytes: String(stored.size),
          mime: 'application/pdf',
          storageKey: stored.sha256,
        })
        .orIgnore()
        .execute();
      return await this.dataSource.getRepository(EvidenceFile).findOneByOrFail({ sha256: stored.sha256 });
    } finally {
      await removeQuietly(stored.path);
    }
  }

  /**
   * Stores a file checked as evidence is (type by content, no macros, size limit) in the evidence storage,
   * not linked to any assessment — e.g. an appeal's or a remediation task's evidence; the caller links it in `link`'s transaction.
   */
  async storeAttachment<T>(
    file: MultipartFile,
    link: (manager: EntityManager, stored: EvidenceFile, fileName: string) => Promise<T>,
    budget?: EvidenceBudget,
  ): Promise<T> {
    // Evidence of a unit in a period (an appeal's): the upload rate limit before a byte is read, the quotas
    // in the transaction that links it.
    if (budget) await this.consumeUploadRate(budget.actor);
    const fileName = sanitizeFileName(file.filename ?? '');
    const stored = await this.receive(file);
    let putHere = false;
    try {
      const type = detectFileType(stored.head);
      const extension = extensionOf(fileName);
      if (!type || !type.extensions.includes(extension)) {
        throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', {
          detail: {
            vi: `nội dung "${fileName}" không phải PDF, Office, ảnh hay ZIP đúng với tên tệp`,
            en: `"${fileName}" is not PDF, Office, an image or ZIP matching its name`,
          },
        });
      }
      await this.refuseMacros(type.mime, extension, stored.path, fileName);
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [EVIDENCE_CLEANUP_LOCK]);
        if (budget)
          await this.assertQuota(manager, budget.periodId, budget.unitId, stored.sha256, stored.size);
        const put = await this.putFile(manager, stored, type.mime);
        putHere = put.putHere;
        return link(manager, put.evidenceFile, fileName);
      });
    } catch (error) {
      if (putHere) await this.removeUnreferenced(stored.sha256);
      throw error;
    } finally {
      await removeQuietly(stored.path);
    }
  }

  /**
   * Puts a received file in the storage unless identical content is there (SHA-256) and returns its
   * `evidence_file` row — inside the caller's transaction, which holds the cleanup lock shared.
   */
  private async putFile(
    manager: EntityManager,
    stored: { sha256: string; path: string; size: number },
    mime: string,
  ): Promise<{ evidenceFile: EvidenceFile; putHere: boolean }> {
    const putHere = !(await this.storage.exists(stored.sha256));
    if (putHere) await this.storage.putFile(stored.sha256, stored.path, mime);
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvidenceFile)
      .values({ sha256: stored.sha256, sizeBytes: String(stored.size), mime, storageKey: stored.sha256 })
      .orIgnore()
      .execute();
    const evidenceFile = await manager.findOneByOrFail(EvidenceFile, { sha256: stored.sha256 });
    return { evidenceFile, putHere };
  }

  /** The bytes of a stored file (the caller decides who may read it). */
  async openFile(fileId: string): Promise<{ stream: Readable; file: EvidenceFile } | null> {
    const file = await this.dataSource.getRepository(EvidenceFile).findOneBy({ id: fileId });
    return file ? { stream: await this.storage.get(file.storageKey), file } : null;
  }

  /** Streams the upload to a temp file, hashing it and keeping its first bytes; 413 past the size limit. */
  private async receive(
    file: MultipartFile,
  ): Promise<{ path: string; sha256: string; size: number; head: Uint8Array }> {
    const dir = join(this.config.dataDir, 'tmp');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `upload-${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    const head: Buffer[] = [];
    let headLength = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        if (headLength < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        done(null, chunk);
      },
    });
    try {
      await pipeline(file.file, tap, createWriteStream(path));
    } catch (error) {
      await removeQuietly(path);
      throw error;
    }
    if (file.file.truncated) {
      await removeQuietly(path);
      const limit = this.config.env.EVIDENCE_MAX_BYTES;
      throw new DomainError('EVIDENCE_TOO_LARGE', {
        detail: {
          vi: `tối đa ${(limit / 1048576).toFixed(1)} MB`,
          en: `at most ${(limit / 1048576).toFixed(1)} MB`,
        },
        extensions: { maxBytes: limit },
      });
    }
    return { path, sha256: hash.digest('hex'), size, head: new Uint8Array(Buffer.concat(head)) };
  }

  /** The file of a link, for whoever may read that unit's assessment. */
  async open(
    linkId: string,
    actor: Actor,
  ): Promise<{ stream: Readable; link: EvidenceLink; file: EvidenceFile }> {
    const link = await this.dataSource
      .getRepository(EvidenceLink)
      .findOne({ where: { id: linkId }, relations: { file: true, item: true } });
    if (!link) throw linkNotFound();
    const assessment = await this.dataSource
      .getRepository(Assessment)
      .findOneBy({ id: link.item!.assessmentId });
    if (!assessment || !mayRead(actor, assessment.unitId)) throw linkNotFound();
    if (userOf(actor)?.role === 'appraiser') {
      // An appraiser opens files only of the units their assignment covers.
      const unit = await this.dataSource.getRepository(Unit).findOneByOrFail({ id: assessment.unitId });
      await this.contexts
        .load(this.dataSource.manager, assessment.periodId, unit.code, actor)
        .catch(() => Promise.reject(linkNotFound()));
    }
    const stream = await this.storage.get(link.file!.storageKey);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'evidence.download',
        entityType: 'evidence',
        entityId: link.id,
        after: { fileName: link.fileName, sha256: link.file!.sha256, assessmentId: assessment.id },
      }),
    );
    return { stream, link, file: link.file! };
  }

  /** The unit removes a file it attached, in the stage it attached it; the stored bytes stay (others may share them). */
  async remove(linkId: string, actor: Actor): Promise<void> {
    const link = await this.dataSource
      .getRepository(EvidenceLink)
      .findOne({ where: { id: linkId }, relations: { item: true } });
    if (!link) throw linkNotFound();
    const assessment = await this.dataSource
      .getRepository(Assessment)
      .findOneByOrFail({ id: link.item!.assessmentId });
    const unit = await this.dataSource.getRepository(Unit).findOneByOrFail({ id: assessment.unitId });
    if (!mayRead(actor, unit.id)) throw linkNotFound();
    const context = await this.contexts.load(this.dataSource.manager, assessment.periodId, unit.code, actor);
    const stage = stageOf(context.period.state, context.assessment.status);
    if ((stage === 'self' ? 'self' : stage === 'explanation' ? 'explanation' : null) !== link.stage)
      throw new DomainError('ASSESSMENT_LOCKED');
    if (userOf(actor)?.role !== 'admin' && !isUnitMember(actor, unit.id)) throw new DomainError('FORBIDDEN');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(EvidenceLink, { id: linkId });
      await this.audit.record(manager, actor, {
        action: 'evidence.remove',
        entityType: 'assessment_item',
        entityId: `${assessment.periodId}/${unit.code}/${link.item!.leafCode}`,
        before: { fileName: link.fileName, fileId: link.fileId, stage: link.stage },
      });
    });
  }
}
