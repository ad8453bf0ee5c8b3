import type { EntityManager } from 'typeorm';

// Any constant works; it only has to be the same for every replica of the API.
export const SURVEY_ANSWER_LOCK = 7_251_843;

/**
 * Every write of an answer (online, paper, import) holds this lock shared for its transaction; closing,
 * reopening and redefining a survey hold it exclusively. So a close waits for answers in flight and counts
 * all of them, and no answer lands after the close (its state check runs after the lock is granted).
 */
export async function lockForAnswer(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock_shared($1)', [SURVEY_ANSWER_LOCK]);
}

export async function lockAgainstAnswers(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [SURVEY_ANSWER_LOCK]);
}

const PROVINCE_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of an instant in the province's time zone: the only time a stored form keeps. */
export function provinceDay(at: Date): string {
  return PROVINCE_DAY.format(at);
}
