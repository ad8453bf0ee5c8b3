import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { UserPrincipal } from '../auth/principal';
import { scheduleJob, type ScheduledJob } from '../common/jobs/job-schedule';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Unit } from '../organization/unit.entity';
import { User } from '../organization/user.entity';
import { AppraisalAssignment } from '../period/appraisal-assignment.entity';
import { PeriodUnit } from '../period/period-unit.entity';
import { Period } from '../period/period.entity';
import { coverageOf, covers } from '../self-assessment/assessment-access';
import { completenessOf } from '../self-assessment/assessment-completeness';
import { AssessmentItem } from '../self-assessment/assessment-item.entity';
import { AssessmentReadRepository } from '../self-assessment/assessment-read.repository';
import { Assessment } from '../self-assessment/assessment.entity';
import { DigestMailer } from './digest-mailer';
import {
  dueMessage,
  lateMessage,
  provinceDay,
  queueMessage,
  reminderKeys,
  reminderTier,
  type DeadlineStage,
  type PlannedReminder,
} from './reminder-plan';

/** The advisory lock the job runs under (one number for the whole installation): "PARNOTIF". */
export const REMINDER_LOCK_ID = 0x5041524e4f544946n;

export interface ReminderRunReport {
  /** Another run held the lock: this one did nothing. */
  skipped: boolean;
  /** Reminders sent by this run (each key once, ever). */
  reminders: string[];
  notifications: number;
  /** Digest mails sent after the run (0 when SMTP is off). */
  mails: number;
}

const ACTIVE_STATES = ['self_assessment', 'appraisal', 'explanation', 'final_appraisal'] as const;

/**
 * The reminder job: a unit 7 and 2 days before its self-assessment or explanation deadline (with what is
 * still missing), appraisers when units wait in their queue (daily, within their assignment), the standing
 * agency (admins) when units are late (daily). Runs under a PostgreSQL advisory lock, so two API processes
 * never run it together, and every reminder is recorded once by its key in `notification_reminder`, so a
 * reminder is never repeated. `run(now)` is the job; the timer (`NOTIFY_INTERVAL_MINUTES`) only calls it.
 */
@Injectable()
export class ReminderJobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private schedule: ScheduledJob | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly sets: CriteriaSetCache,
    private readonly reads: AssessmentReadRepository,
    private readonly mailer: DigestMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.env.NOTIFY_INTERVAL_MINUTES;
    if (minutes <= 0) return;
    // Once per interval across all replicas (job_run slot), besides the advisory lock of `run` itself.
    this.schedule = scheduleJob({
      job: 'reminders',
      intervalMs: minutes * 60_000,
      dataSource: this.dataSource,
      logger: this.logger,
      now: () => new Date(),
      work: () => this.run(),
    });
  }

  onApplicationShutdown(): void {
    this.schedule?.stop();
  }

  async run(now: Date = this.clock.now()): Promise<ReminderRunReport> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock($1::bigint) AS locked`,
        [REMINDER_LOCK_ID.toString()],
      );
      if (!locked) return null;
      const planned = await this.plan(manager, now);
      const sent: string[] = [];
      let notifications = 0;
      for (const reminder of planned) {
        const inserted = await manager.query<{ key: string }[]>(
          `INSERT INTO notification_reminder ("key", "kind", "period_id", "sent_at", "recipients")
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
          [reminder.key, reminder.kind, reminder.periodId, now, reminder.userIds.length],
        );
        if (inserted.length === 0) continue; // sent by an earlier run
        sent.push(reminder.key);
        for (const userId of reminder.userIds) {
          await manager.query(
            `INSERT INTO notification ("user_id", "reminder_key", "kind", "period_id", "message_vi", "message_en", "link", "created_at")
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ("reminder_key", "user_id") DO NOTHING`,
            [
              userId,
              reminder.key,
              reminder.kind,
              reminder.periodId,
              reminder.message.vi,
              reminder.message.en,
              reminder.link,
              now,
            ],
          );
          notifications += 1;
        }
      }
      return { reminders: sent, notifications };
    });
    if (!outcome) return { skipped: true, reminders: [], notifications: 0, mails: 0 };
    const mails = this.mailer.enabled ? await this.mailer.sendDigests(now) : 0;
    if (outcome.reminders.length > 0)
      this.logger.log(`${outcome.reminders.length} reminder(s), ${outcome.notifications} notification(s)`);
    return { skipped: false, ...outcome, mails };
  }

  /** Every reminder due at `now` (sent or not: the keys decide). */
  private async plan(manager: EntityManager, now: Date): Promise<PlannedReminder[]> {
    const timeZone = this.config.env.PAR_TIME_ZONE;
    const day = provinceDay(now, timeZone);
    const periods = await manager.find(Period, { where: { state: In([...ACTIVE_STATES]) } });
    if (periods.length === 0) return [];
    const users = await manager.find(User, { where: { active: true }, relations: { unit: true } });
    const admins = users.filter((user) => user.role === 'admin').map((user) => user.id);
    const planned: PlannedReminder[] = [];
    for (const period of periods) {
      const participants = await manager.find(PeriodUnit, { where: { periodId: period.id } });
      const units = new Map(
        (await manager.find(Unit, { where: { id: In(participants.map((p) => p.unitId)) } })).map((u) => [
          u.id,
          u,
        ]),
      );
      const assessments = new Map(
        (await manager.find(Assessment, { where: { periodId: period.id } })).map((a) => [a.unitId, a]),
      );
      const stage: DeadlineStage | null =
        period.state === 'self_assessment'
          ? 'self_assessment'
          : period.state === 'explanation'
            ? 'explanation'
            : null;
      if (stage) {
        const late: string[] = [];
        for (const participant of participants) {
          const unit = units.get(participant.unitId);
          if (!unit) continue;
          const assessment = assessments.get(unit.id) ?? null;
          const waiting =
            stage === 'self_assessment'
              ? !assessment || assessment.status === 'draft'
              : assessment?.status === 'returned';
          if (!waiting) continue;
          const due =
            stage === 'self_assessment'
              ? (participant.selfAssessmentDue ?? period.selfAssessmentDue)
              : (participant.explanationDue ?? period.explanationDue);
          if (!due) continue;
          if (due.getTime() <= now.getTime()) {
            late.push(unit.code);
            continue;
          }
          const tier = reminderTier(due, now);
          if (!tier) continue;
          const recipients = users
            .filter(
              (user) => user.unitId === unit.id && (user.role === 'unit_head' || user.role === 'unit_editor'),
            )
            .map((user) => user.id);
          if (recipients.length === 0) continue;
          planned.push({
            key: reminderKeys.due(period.id, stage, unit.code, tier),
            kind: 'deadline_soon',
            periodId: period.id,
            userIds: recipients,
            message: dueMessage({
              stage,
              periodName: period.name,
              due,
              now,
              timeZone,
              ...(await this.missing(manager, stage, participant.criteriaSetId, assessment)),
            }),
            link: '/self-assessment',
          });
        }
        if (late.length > 0 && admins.length > 0) {
          late.sort();
          planned.push({
            key: reminderKeys.late(period.id, stage, day),
            kind: 'units_late',
            periodId: period.id,
            userIds: admins,
            message: lateMessage({ periodName: period.name, stage, units: late }),
            link: `/periods/${period.id}`,
          });
        }
      }
      if (period.state === 'appraisal' || period.state === 'final_appraisal') {
        planned.push(
          ...(await this.queues(manager, period, users, [...units.values()], [...assessments.values()], day)),
        );
      }
    }
    return planned;
  }

  /** What a unit still lacks: self-assessment — leaves with no input / no evidence; explanation — adjusted leaves not explained. */
  private async missing(
    manager: EntityManager,
    stage: DeadlineStage,
    criteriaSetId: string,
    assessment: Assessment | null,
  ): Promise<{ missingInput?: number; missingEvidence?: number; unexplained?: number }> {
    const set = await this.sets.get(assessment?.criteriaSetId ?? criteriaSetId, manager);
    const items = assessment
      ? await manager.find(AssessmentItem, { where: { assessmentId: assessment.id } })
      : [];
    if (stage === 'explanation') {
      return {
        unexplained: items.filter(
          (item) =>
            item.round1PointsMilli !== null &&
            item.round1PointsMilli !== item.selfPointsMilli &&
            !item.explanationAt,
        ).length,
      };
    }
    const evidence = await this.reads.evidenceOf(
      manager,
      items.map((item) => item.id),
    );
    const completeness = completenessOf(set, items, evidence);
    return {
      missingInput: completeness.missingInput.length,
      missingEvidence: completeness.missingEvidence.length,
    };
  }

  /** One reminder a day per appraiser whose queue (within their assignment) has units waiting. */
  private async queues(
    manager: EntityManager,
    period: Period,
    users: User[],
    units: Unit[],
    assessments: Assessment[],
    day: string,
  ): Promise<PlannedReminder[]> {
    const round: 1 | 2 = period.state === 'final_appraisal' ? 2 : 1;
    const waiting = assessments.filter((a) => a.status === (round === 1 ? 'submitted' : 'explained'));
    if (waiting.length === 0) return [];
    const assignments = await manager.find(AppraisalAssignment, { where: { periodId: period.id } });
    const items = await manager.find(AssessmentItem, {
      where: { assessmentId: In(waiting.map((a) => a.id)) },
    });
    const planned: PlannedReminder[] = [];
    for (const user of users.filter((candidate) => candidate.role === 'appraiser')) {
      const principal: UserPrincipal = {
        kind: 'user',
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        unitId: user.unitId,
        unitCode: user.unit?.code ?? null,
        areaCodes: user.areaCodes,
      };
      const open: string[] = [];
      for (const assessment of waiting) {
        const unit = units.find((candidate) => candidate.id === assessment.unitId);
        if (!unit) continue;
        const coverage = coverageOf(principal, unit, assignments);
        if (!coverage) continue;
        const set = await this.sets.get(assessment.criteriaSetId, manager);
        const own = new Map(
          items.filter((item) => item.assessmentId === assessment.id).map((item) => [item.leafCode, item]),
        );
        const pending = set.leaves.some((leaf) => {
          if (leaf.source !== 'assessment' || !covers(coverage, set, leaf)) return false;
          const item = own.get(leaf.code);
          return round === 1 ? !item?.round1At : !!item?.explanationAt && !item.round2At;
        });
        if (pending) open.push(unit.code);
      }
      if (open.length === 0) continue;
      open.sort();
      planned.push({
        key: reminderKeys.queue(period.id, round, user.id, day),
        kind: 'queue_waiting',
        periodId: period.id,
        userIds: [user.id],
        message: queueMessage({ periodName: period.name, round, units: open }),
        link: '/appraisal',
      });
    }
    return planned;
  }
}
