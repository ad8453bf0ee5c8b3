import type { LocalizedText } from '@par/contracts';
import type { NotificationKind } from './notification.entity';

const DAY_MS = 24 * 60 * 60_000;

/** The days before a unit's deadline it is reminded (each once): the earliest first. */
export const REMINDER_DAYS = [7, 2] as const;
export type ReminderTier = (typeof REMINDER_DAYS)[number];

/** Which reminder a unit gets at `now` for a deadline `due`: 7 (2–7 days left), 2 (≤ 2 days left), or none. */
export function reminderTier(due: Date, now: Date): ReminderTier | null {
  const left = due.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= 2 * DAY_MS) return 2;
  if (left <= 7 * DAY_MS) return 7;
  return null;
}

/** The calendar day of `now` in the province's time zone (`2027-02-03`): daily reminders key on it. */
export function provinceDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A deadline as people there read it: `05/02/2027 23:59`. */
export function provinceDateTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

export type DeadlineStage = 'self_assessment' | 'explanation';

/** One reminder the job wants to send: its key (sent once, ever), who gets it, and what it says. */
export interface PlannedReminder {
  key: string;
  kind: NotificationKind;
  periodId: string;
  userIds: string[];
  message: LocalizedText;
  link: string | null;
}

export const reminderKeys = {
  due: (periodId: string, stage: DeadlineStage, unitCode: string, tier: ReminderTier) =>
    `due:${periodId}:${stage}:${unitCode}:${tier}`,
  queue: (periodId: string, round: 1 | 2, userId: string, day: string) =>
    `queue:${periodId}:${round}:${userId}:${day}`,
  late: (periodId: string, stage: DeadlineStage, day: string) => `late:${periodId}:${stage}:${day}`,
};

const daysLeft = (due: Date, now: Date) => Math.max(1, Math.ceil((due.getTime() - now.getTime()) / DAY_MS));

/** "Còn 7 ngày đến hạn tự đánh giá…": what the unit still has to do before its deadline. */
export function dueMessage(args: {
  stage: DeadlineStage;
  periodName: string;
  due: Date;
  now: Date;
  timeZone: string;
  /** Self-assessment: leaves with no input, leaves with neither evidence nor a note. */
  missingInput?: number;
  missingEvidence?: number;
  /** Explanation: leaves round 1 adjusted that have no explanation yet. */
  unexplained?: number;
}): LocalizedText {
  const days = daysLeft(args.due, args.now);
  const when = provinceDateTime(args.due, args.timeZone);
  if (args.stage === 'self_assessment') {
    const input = args.missingInput ?? 0;
    const evidence = args.missingEvidence ?? 0;
    return {
      vi: `Còn ${days} ngày đến hạn tự đánh giá (${when}) — ${args.periodName}: ${input} tiêu chí chưa chấm điểm, ${evidence} tiêu chí chưa có tài liệu kiểm chứng.`,
      en: `${days} day(s) left until the self-assessment deadline (${when}) — ${args.periodName}: ${input} leaves without a score, ${evidence} leaves without evidence.`,
    };
  }
  const open = args.unexplained ?? 0;
  return {
    vi: `Còn ${days} ngày đến hạn giải trình (${when}) — ${args.periodName}: ${open} tiêu chí bị điều chỉnh chưa có giải trình.`,
    en: `${days} day(s) left until the explanation deadline (${when}) — ${args.periodName}: ${open} adjusted leaves not yet explained.`,
  };
}

/** "3 đơn vị chờ bạn thẩm định…": an appraiser's queue. */
export function queueMessage(args: { periodName: string; round: 1 | 2; units: string[] }): LocalizedText {
  const list = args.units.join(', ');
  return args.round === 1
    ? {
        vi: `${args.units.length} đơn vị đã nộp tự đánh giá đang chờ bạn thẩm định — ${args.periodName}: ${list}.`,
        en: `${args.units.length} submitted unit(s) await your appraisal — ${args.periodName}: ${list}.`,
      }
    : {
        vi: `${args.units.length} đơn vị đã giải trình đang chờ bạn thẩm định vòng 2 — ${args.periodName}: ${list}.`,
        en: `${args.units.length} explained unit(s) await your round-2 appraisal — ${args.periodName}: ${list}.`,
      };
}

/** "Quá hạn tự đánh giá: 2 đơn vị chưa nộp…": the standing agency's view of late units. */
export function lateMessage(args: {
  periodName: string;
  stage: DeadlineStage;
  units: string[];
}): LocalizedText {
  const list = args.units.join(', ');
  return args.stage === 'self_assessment'
    ? {
        vi: `Quá hạn tự đánh giá — ${args.periodName}: ${args.units.length} đơn vị chưa nộp (${list}).`,
        en: `Self-assessment deadline passed — ${args.periodName}: ${args.units.length} unit(s) have not submitted (${list}).`,
      }
    : {
        vi: `Quá hạn giải trình — ${args.periodName}: ${args.units.length} đơn vị chưa gửi giải trình (${list}).`,
        en: `Explanation deadline passed — ${args.periodName}: ${args.units.length} unit(s) have not sent their explanation (${list}).`,
      };
}
