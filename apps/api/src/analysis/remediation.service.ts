import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MultipartFile } from '@fastify/multipart';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../auth/principal';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { deadlineInstant } from '../common/time/deadline';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EvidenceService } from '../evidence/evidence.service';
import { actorLabel } from '../scoring/scoring.service';
import { AnalysisInputLoader } from './analysis-input.loader';
import { AnalysisService, type LostPointsBy } from './analysis.service';
import { NationalStanding } from './national-standing.entity';
import { RemediationEvidence } from './remediation-evidence.entity';
import {
  RemediationTask,
  type ProgressNote,
  type RemediationLevel,
  type RemediationStatus,
} from './remediation-task.entity';

export interface CreateTask {
  /**
   * Create from a lost-points row (its level, key and set; the rest defaults from the row), or from a row of
   * the national standing (`by: 'national'`, `key`: its id) — an area where the province lost points.
   */
  from?: { by: LostPointsBy | 'penalty' | 'national'; key: string | null; criteriaSet?: string };
  title?: string;
  description?: string;
  ownerAgency?: string;
  dueDate: string;
}

export interface UpdateTask {
  version: number;
  title?: string;
  description?: string | null;
  ownerAgency?: string;
  dueDate?: string;
  status?: RemediationStatus;
  progress?: number;
  note?: string;
}

export interface TaskEvidenceView {
  id: string;
  fileName: string;
  sizeBytes: number;
  mime: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

export interface TaskView {
  id: string;
  periodId: string;
  level: RemediationLevel | null;
  sourceKey: string | null;
  criteriaSet: string | null;
  lostPoints: number | null;
  title: string;
  description: string | null;
  ownerAgency: string;
  ownerName: string | null;
  dueDate: string;
  status: RemediationStatus;
  progress: number;
  overdue: boolean;
  notes: ProgressNote[];
  evidence: TaskEvidenceView[];
  completedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

const OPEN: readonly RemediationStatus[] = ['not_started', 'in_progress'];
const taskNotFound = () =>
  notFound({ vi: 'Không có nhiệm vụ khắc phục này', en: 'No such remediation task' });

/**
 * Remediation plans (*kế hoạch khắc phục*): tasks tied to what lost points, owned by any agency. The admin
 * plans; the owner agency's own users (unit code = owner) report status, progress, notes and evidence.
 * Every write checks `version` (409 STALE_VERSION) and is audited.
 */
@Injectable()
export class RemediationService {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly loader: AnalysisInputLoader,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Whether a task is overdue at `at`: still open after the end of its due day (province time). */
  isOverdue(task: Pick<RemediationTask, 'status' | 'dueDate'>, at: Date = this.clock.now()): boolean {
    return OPEN.includes(task.status) && at > deadlineInstant(task.dueDate, this.config.env.PAR_TIME_ZONE)!;
  }

  async list(periodId: string, filter: { status?: RemediationStatus; owner?: string; overdue?: boolean }) {
    await this.loader.period(periodId);
    const qb = this.dataSource
      .getRepository(RemediationTask)
      .createQueryBuilder('t')
      .where('t.period_id = :periodId', { periodId })
      .orderBy('t.due_date', 'ASC')
      .addOrderBy('t.created_at', 'ASC');
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.owner) qb.andWhere('t.owner_agency = :owner', { owner: filter.owner });
    const tasks = await this.views(await qb.getMany());
    return filter.overdue === undefined ? tasks : tasks.filter((task) => task.overdue === filter.overdue);
  }

  /** Open tasks past their due date in every period (the dashboard). */
  async overdue(): Promise<TaskView[]> {
    const tasks = await this.dataSource
      .getRepository(RemediationTask)
      .createQueryBuilder('t')
      .where(`t.status IN ('not_started', 'in_progress')`)
      .orderBy('t.due_date', 'ASC')
      .getMany();
    return (await this.views(tasks)).filter((task) => task.overdue);
  }

  async get(taskId: string): Promise<TaskView> {
    const task = await this.dataSource.getRepository(RemediationTask).findOneBy({ id: taskId });
    if (!task) throw taskNotFound();
    return (await this.views([task]))[0];
  }

  async create(periodId: string, body: CreateTask, actor: Actor): Promise<TaskView> {
    await this.loader.period(periodId);
    let level: RemediationLevel | null = null;
    let sourceKey: string | null = null;
    let criteriaSetCode: string | null = null;
    let lostMilli: number | null = null;
    let title = body.title;
    let owner = body.ownerAgency;
    if (body.from?.by === 'national') {
      const standing = body.from.key
        ? await this.dataSource
            .getRepository(NationalStanding)
            .findOneBy({ id: body.from.key })
            .catch(() => null)
        : null;
      if (!standing)
        throw notFound({ vi: 'Không có kết quả chỉ số quốc gia này', en: 'No such national standing row' });
      level = 'national';
      sourceKey = `${standing.indexCode}:${standing.areaCode}`;
      lostMilli = standing.maxMilli === null ? null : standing.maxMilli - standing.valueMilli;
      title ??= `Khắc phục: ${standing.indexCode.replace('_', ' ')} năm ${standing.year}${
        standing.areaCode ? ` — ${standing.areaTitle ?? standing.areaCode}` : ''
      }`;
    } else if (body.from) {
      const row = await this.analysis.lostPointsRow(
        periodId,
        body.from.by,
        body.from.key,
        body.from.criteriaSet,
      );
      level = row.level;
      sourceKey = row.key;
      criteriaSetCode = row.criteriaSet;
      lostMilli = Math.round(row.lostPoints * 1000);
      title ??=
        row.level === 'penalty'
          ? 'Khắc phục các nội dung bị trừ điểm'
          : row.level === 'agency'
            ? `Khắc phục điểm bị mất thuộc trách nhiệm của ${row.title}`
            : `Khắc phục: ${row.key} ${row.title}`;
      owner ??= row.level === 'agency' ? (row.key ?? undefined) : (row.responsibleAgency ?? undefined);
    }
    if (!title || !owner)
      throw new DomainError('VALIDATION_FAILED', {
        errors: [
          ...(!title
            ? [{ field: 'title', code: 'required', message: 'cần tên nhiệm vụ / title required' }]
            : []),
          ...(!owner
            ? [
                {
                  field: 'ownerAgency',
                  code: 'required',
                  message: 'cần cơ quan chủ trì / owner agency required',
                },
              ]
            : []),
        ],
      });
    deadlineInstant(body.dueDate, this.config.env.PAR_TIME_ZONE, 'dueDate');
    const by = actorLabel(actor);
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (manager) => {
      const task = await manager.save(
        manager.create(RemediationTask, {
          periodId,
          level,
          sourceKey,
          criteriaSetCode,
          lostMilli,
          title,
          description: body.description ?? null,
          ownerAgency: owner,
          dueDate: body.dueDate,
          status: 'not_started',
          progress: 0,
          notes: [{ at: now.toISOString(), by, text: 'Giao nhiệm vụ', progress: 0, status: 'not_started' }],
          completedAt: null,
          createdBy: by,
          createdAt: now,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'remediation.create',
        entityType: 'remediation_task',
        entityId: task.id,
        after: { periodId, title, ownerAgency: owner, dueDate: body.dueDate, level, sourceKey, lostMilli },
      });
      return task;
    });
    return this.get(saved.id);
  }

  async update(taskId: string, body: UpdateTask, actor: Actor): Promise<TaskView> {
    await this.dataSource.transaction(async (manager) => {
      const task = await manager.findOne(RemediationTask, {
        where: { id: taskId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!task) throw taskNotFound();
      const owner = this.ownerOnly(actor, task);
      if (
        owner &&
        (body.title !== undefined ||
          body.ownerAgency !== undefined ||
          body.dueDate !== undefined ||
          body.description !== undefined)
      )
        throw new DomainError('FORBIDDEN', {
          detail: {
            vi: 'cơ quan được giao chỉ cập nhật tiến độ, trạng thái, ghi chú',
            en: 'the owner agency only reports status, progress and notes',
          },
        });
      if (task.version !== body.version)
        throw new DomainError('STALE_VERSION', { extensions: { current: (await this.views([task]))[0] } });
      if (body.dueDate !== undefined) deadlineInstant(body.dueDate, this.config.env.PAR_TIME_ZONE, 'dueDate');
      const before = {
        title: task.title,
        description: task.description,
        ownerAgency: task.ownerAgency,
        dueDate: task.dueDate,
        status: task.status,
        progress: task.progress,
      };
      if (body.title !== undefined) task.title = body.title;
      if (body.description !== undefined) task.description = body.description;
      if (body.ownerAgency !== undefined) task.ownerAgency = body.ownerAgency;
      if (body.dueDate !== undefined) task.dueDate = body.dueDate;
      if (body.status !== undefined) task.status = body.status;
      if (body.progress !== undefined) task.progress = body.progress;
      if (body.status === 'done' && body.progress === undefined) task.progress = 100;
      const now = this.clock.now();
      if (task.status === 'done' && before.status !== 'done') task.completedAt = now;
      if (task.status !== 'done') task.completedAt = null;
      if (body.note !== undefined || task.status !== before.status || task.progress !== before.progress)
        task.notes = [
          ...task.notes,
          {
            at: now.toISOString(),
            by: actorLabel(actor),
            text: body.note ?? '',
            progress: task.progress,
            status: task.status,
          },
        ];
      task.version += 1;
      await manager.save(task);
      await this.audit.record(manager, actor, {
        action: 'remediation.update',
        entityType: 'remediation_task',
        entityId: task.id,
        before,
        after: {
          title: task.title,
          description: task.description,
          ownerAgency: task.ownerAgency,
          dueDate: task.dueDate,
          status: task.status,
          progress: task.progress,
          ...(body.note !== undefined ? { note: body.note } : {}),
        },
      });
    });
    return this.get(taskId);
  }

  async remove(taskId: string, version: number, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const task = await manager.findOne(RemediationTask, {
        where: { id: taskId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!task) throw taskNotFound();
      if (task.version !== version) throw new DomainError('STALE_VERSION');
      await manager.remove(task);
      await this.audit.record(manager, actor, {
        action: 'remediation.delete',
        entityType: 'remediation_task',
        entityId: taskId,
        before: { title: task.title, ownerAgency: task.ownerAgency, status: task.status },
      });
    });
  }

  async attach(taskId: string, file: MultipartFile, actor: Actor): Promise<TaskView> {
    const task = await this.dataSource.getRepository(RemediationTask).findOneBy({ id: taskId });
    if (!task) throw taskNotFound();
    this.ownerOnly(actor, task);
    await this.evidence.storeAttachment(file, async (manager, stored, fileName) => {
      const link = await manager.save(
        manager.create(RemediationEvidence, {
          taskId,
          fileId: stored.id,
          fileName,
          uploadedBy: actorLabel(actor),
        }),
      );
      await manager.increment(RemediationTask, { id: taskId }, 'version', 1);
      await this.audit.record(manager, actor, {
        action: 'remediation.evidence',
        entityType: 'remediation_task',
        entityId: taskId,
        after: { evidenceId: link.id, fileName, sha256: stored.sha256 },
      });
    });
    return this.get(taskId);
  }

  async openEvidence(
    taskId: string,
    evidenceId: string,
  ): Promise<{ stream: Readable; fileName: string; mime: string }> {
    const link = await this.dataSource
      .getRepository(RemediationEvidence)
      .findOne({ where: { id: evidenceId, taskId }, relations: { file: true } });
    if (!link) throw notFound({ vi: 'Không có tệp này', en: 'No such file' });
    const opened = await this.evidence.openFile(link.fileId);
    if (!opened) throw notFound({ vi: 'Không có tệp này', en: 'No such file' });
    return { stream: opened.stream, fileName: link.fileName, mime: link.file!.mime };
  }

  /**
   * The plan as it stood at the end of `asOf` (province time): tasks created by then, each with its status and
   * progress from its last note up to then, the notes up to then, and whether it was overdue then.
   */
  async asOf(periodId: string, asOf: string) {
    const period = await this.loader.period(periodId);
    const end = deadlineInstant(asOf, this.config.env.PAR_TIME_ZONE, 'asOf')!;
    const tasks = await this.list(periodId, {});
    const rows = tasks
      .filter((task) => task.createdAt <= end)
      .map((task) => {
        const notes = task.notes.filter((note) => new Date(note.at) <= end);
        const last = notes[notes.length - 1];
        const status: RemediationStatus = last?.status ?? 'not_started';
        return {
          ...task,
          status,
          progress: last?.progress ?? 0,
          notes,
          overdue: this.isOverdue({ status, dueDate: task.dueDate }, end),
        };
      });
    return { period, asOf, tasks: rows };
  }

  /** The owner agency's own unit users may report on their tasks only; admin always. */
  private ownerOnly(actor: Actor, task: RemediationTask): boolean {
    const user = userOf(actor);
    if (!user || user.role === 'admin') return false;
    if ((user.role === 'unit_head' || user.role === 'unit_editor') && user.unitCode === task.ownerAgency)
      return true;
    throw new DomainError('FORBIDDEN', {
      detail: {
        vi: 'chỉ cơ quan được giao nhiệm vụ mới cập nhật được',
        en: 'only the agency the task is assigned to may report on it',
      },
    });
  }

  private async views(tasks: RemediationTask[]): Promise<TaskView[]> {
    if (tasks.length === 0) return [];
    const evidence = await this.dataSource.getRepository(RemediationEvidence).find({
      where: tasks.map((task) => ({ taskId: task.id })),
      relations: { file: true },
      order: { uploadedAt: 'ASC' },
    });
    const names = new Map(
      (await this.dataSource.query<{ code: string; name: string }[]>(`SELECT code, name FROM unit`)).map(
        (row) => [row.code, row.name],
      ),
    );
    const now = this.clock.now();
    return tasks.map((task) => ({
      id: task.id,
      periodId: task.periodId,
      level: task.level,
      sourceKey: task.sourceKey,
      criteriaSet: task.criteriaSetCode,
      lostPoints: task.lostMilli === null ? null : task.lostMilli / 1000,
      title: task.title,
      description: task.description,
      ownerAgency: task.ownerAgency,
      ownerName: names.get(task.ownerAgency) ?? null,
      dueDate: task.dueDate,
      status: task.status,
      progress: task.progress,
      overdue: this.isOverdue(task, now),
      notes: task.notes,
      evidence: evidence
        .filter((e) => e.taskId === task.id)
        .map((e) => ({
          id: e.id,
          fileName: e.fileName,
          sizeBytes: Number(e.file!.sizeBytes),
          mime: e.file!.mime,
          uploadedBy: e.uploadedBy,
          uploadedAt: e.uploadedAt,
        })),
      completedAt: task.completedAt,
      createdBy: task.createdBy,
      createdAt: task.createdAt,
      updatedAt: task.updatedAt,
      version: task.version,
    }));
  }
}
