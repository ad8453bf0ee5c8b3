import type { Survey } from './survey.entity';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant from the API: a date alone is the start (`opensAt`) or the end (`closesAt`) of that day in the
 * province's time zone (UTC+7, no daylight saving).
 */
export function surveyInstant(text: string, edge: 'start' | 'end'): Date {
  if (DATE_ONLY.test(text))
    return new Date(`${text}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}+07:00`);
  return new Date(text);
}

/** Why answers are refused at `now`, or null while the survey takes them. */
export function refusal(
  survey: Pick<Survey, 'state' | 'opensAt' | 'closesAt'>,
  now: Date,
): 'SURVEY_NOT_OPEN' | 'SURVEY_CLOSED' | null {
  if (survey.state === 'closed' || now.getTime() >= survey.closesAt.getTime()) return 'SURVEY_CLOSED';
  if (now.getTime() < survey.opensAt.getTime()) return 'SURVEY_NOT_OPEN';
  return null;
}
