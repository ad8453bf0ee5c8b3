import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { CodeEntry } from './code-entry';
import { PublicNotice } from './public-shell';

const dateOf = (value: unknown) => (typeof value === 'string' && value ? value : null);

/**
 * Why a code cannot be answered, as a message a respondent understands (never an error page): used, not
 * open yet (with the window), closed, unknown (with the box to type it again), too many tries; anything
 * else (the server unreachable) with a retry.
 */
export function PublicRefusal({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t, formatDate } = useI18n();
  const code = error instanceof ApiError ? error.code : null;
  const problem = error instanceof ApiError ? error.problem : null;
  const opensAt = dateOf(problem?.opensAt);
  const closesAt = dateOf(problem?.closesAt);
  switch (code) {
    case 'CODE_USED':
      return (
        <PublicNotice title={t('survey.public.usedTitle')}>
          <p>{t('survey.public.usedText')}</p>
        </PublicNotice>
      );
    case 'SURVEY_CLOSED':
      return (
        <PublicNotice title={t('survey.public.closedTitle')} tone="warning">
          <p>
            {closesAt
              ? t('survey.public.closedOn', { date: formatDate(closesAt) })
              : t('survey.public.closedText')}
          </p>
        </PublicNotice>
      );
    case 'SURVEY_NOT_OPEN':
      return (
        <PublicNotice title={t('survey.public.notOpenTitle')} tone="warning">
          <p>
            {opensAt && closesAt
              ? t('survey.public.notOpenWindow', { from: formatDate(opensAt), to: formatDate(closesAt) })
              : t('survey.public.notOpenText')}
          </p>
          <p>{t('survey.public.keepCode')}</p>
        </PublicNotice>
      );
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
      return (
        <PublicNotice title={t('survey.public.unknownTitle')} tone="warning">
          <p>{t('survey.public.unknownText')}</p>
          <CodeEntry />
        </PublicNotice>
      );
    case 'RATE_LIMITED': {
      const seconds = typeof problem?.retryAfter === 'number' ? problem.retryAfter : 60;
      return (
        <PublicNotice title={t('survey.public.limitedTitle')} tone="warning">
          <p>{t('survey.public.limitedText', { seconds })}</p>
        </PublicNotice>
      );
    }
    default:
      return (
        <PublicNotice title={t('survey.public.failedTitle')} tone="warning">
          <p>{t('survey.public.failedText')}</p>
          <button type="button" className="button-secondary" onClick={onRetry}>
            {t('action.retry')}
          </button>
        </PublicNotice>
      );
  }
}
