import { ApiError, problemMessage } from '../lib/api-error';
import { useI18n } from '../lib/i18n';

/** The message of a failed call, announced to screen readers; nothing when there is no error. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      {error instanceof ApiError ? problemMessage(error.problem, lang) : t('error.unexpected')}
    </div>
  );
}
