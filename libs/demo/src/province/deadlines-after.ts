import type { DemoDeadlines } from '../model/demo.types';

const DAY = 86_400_000;
/** Vietnam is UTC+7 all year (no daylight saving). */
const VIETNAM = 7 * 3_600_000;

/**
 * A period's deadlines counted in days from `today` (a `YYYY-MM-DD` date, or a moment read in Vietnam
 * time), each at 17:00 +07:00, the end of the working day: self-assessment, appraisal round 1, the end of
 * the explanation window, appraisal round 2.
 */
export function deadlinesAfter(
  today: Date | string,
  days: Readonly<Record<keyof DemoDeadlines, number>>,
): DemoDeadlines {
  const start = dayOf(today);
  const at = (n: number): string => `${new Date(start + n * DAY).toISOString().slice(0, 10)}T17:00:00+07:00`;
  return {
    selfAssessment: at(days.selfAssessment),
    appraisal: at(days.appraisal),
    explanation: at(days.explanation),
    finalAppraisal: at(days.finalAppraisal),
  };
}

/** Midnight UTC of the calendar day `today` falls on in Vietnam. */
function dayOf(today: Date | string): number {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(String(today))
    ? Date.parse(`${String(today)}T00:00:00Z`)
    : new Date(today).getTime() + VIETNAM;
  if (Number.isNaN(date)) throw new RangeError(`deadlinesAfter: not a date: ${String(today)}`);
  return Math.floor(date / DAY) * DAY;
}
