import { useEffect } from 'react';
import { useI18n } from '../../../lib/i18n';
import { useCountdown } from '../../../lib/use-countdown';

export interface Deadline {
  due: string | null;
  /** Seconds left (0 once passed, and before the clock started). */
  left: number;
  /** Known to be over: the server will answer DEADLINE_PASSED. */
  passed: boolean;
}

/** A deadline ticking every second. The server enforces it; this only tells the user in time. */
export function useDeadline(due: string | null): Deadline {
  const [left, start, started] = useCountdown();
  useEffect(() => {
    if (due) start(Math.max(0, Math.ceil((new Date(due).getTime() - Date.now()) / 1000)));
  }, [due, start]);
  return { due, left, passed: Boolean(due) && started && left <= 0 };
}

/** A deadline and the time left in words ("còn 3 ngày 4 giờ"), or "passed". */
export function DeadlineCountdown({ label, deadline }: { label: string; deadline: Deadline }) {
  const { t, formatDateTime } = useI18n();
  const { due, left, passed } = deadline;
  if (!due) return null;
  const days = Math.floor(left / 86_400);
  const hours = Math.floor((left % 86_400) / 3600);
  const minutes = Math.floor((left % 3600) / 60);
  const remaining =
    days > 0
      ? t('assessment.left.days', { days, hours })
      : hours > 0
        ? t('assessment.left.hours', { hours, minutes })
        : t('assessment.left.minutes', { minutes, seconds: left % 60 });
  return (
    <p className={passed ? 'deadline deadline-passed' : days < 1 ? 'deadline deadline-soon' : 'deadline'}>
      <span>
        {label}: <time dateTime={due}>{formatDateTime(due)}</time>
      </span>{' '}
      {(passed || left > 0) && <strong>{passed ? t('assessment.deadlinePassed') : remaining}</strong>}
    </p>
  );
}
