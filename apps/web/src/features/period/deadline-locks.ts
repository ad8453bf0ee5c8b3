import type { PeriodDetail } from '../../lib/period-queries';
import type { AssessmentStatus } from './api/types';
import { DEADLINES, type DeadlineName } from './labels';

/** A deadline an edit moves into the past, and how many units it locks at once (null: it locks none). */
export interface PastDeadline {
  name: DeadlineName;
  at: string;
  locks: number | null;
}

/**
 * The units' own deadlines, as the API enforces them (DEADLINE_PASSED): the self-assessment locks units
 * still in draft, the explanation those not explained yet (submitted, or returned to explain); a unit with
 * its own extension keeps it. The appraisers' deadlines lock no unit.
 */
const WAITING: Partial<
  Record<DeadlineName, { statuses: AssessmentStatus[]; own: 'selfAssessmentDue' | 'explanationDue' }>
> = {
  selfAssessment: { statuses: ['draft'], own: 'selfAssessmentDue' },
  explanation: { statuses: ['submitted', 'returned'], own: 'explanationDue' },
};

/**
 * The deadlines `next` moves into the past — set before `now` where they were unset or still ahead — with
 * the units each locks, counted from the period's participants.
 */
export function pastDeadlines(
  period: Pick<PeriodDetail, 'deadlines' | 'units'>,
  next: Partial<Record<DeadlineName, string | null>>,
  now: Date,
): PastDeadline[] {
  const past = (iso: string | null | undefined) => !!iso && new Date(iso).getTime() <= now.getTime();
  return DEADLINES.flatMap((name) => {
    const at = next[name];
    if (!at || !past(at) || past(period.deadlines[name])) return [];
    const waiting = WAITING[name];
    const locks = waiting
      ? period.units.filter((unit) => waiting.statuses.includes(unit.assessmentStatus) && !unit[waiting.own])
          .length
      : null;
    return [{ name, at, locks }];
  });
}
