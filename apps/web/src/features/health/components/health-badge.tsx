import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n';
import { healthQueryOptions } from '../api/get-health';

/** Green when the API and its database answer; refreshed every 30 s. */
export function HealthBadge() {
  const { t } = useI18n();
  const health = useQuery(healthQueryOptions());
  const state = health.isPending ? 'checking' : health.data?.db === 'up' ? 'ok' : 'down';
  const label =
    state === 'checking' ? t('health.checking') : state === 'ok' ? t('health.ok') : t('health.down');
  return (
    <span className={`badge badge-${state}`} role="status" aria-live="polite" data-testid="health-badge">
      <span className="badge-dot" aria-hidden="true" />
      {label}
    </span>
  );
}
