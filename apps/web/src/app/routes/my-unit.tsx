import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { periodsQueryOptions } from '../../lib/period-queries';
import { UnitSummary } from '../../features/organization';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../lib/i18n';

/** A unit role's own unit (the only one the API shows it). */
export function MyUnitPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <section>
      <PageHeader title={t('nav.myUnit')} description={t('myUnit.description')} />
      {user.unitCode ? <UnitSummary code={user.unitCode} /> : <p className="muted">{t('myUnit.none')}</p>}
      {user.unitCode && <AppealLinks />}
    </section>
  );
}

/** The unit's published periods, each with its appeals page (phúc khảo). */
function AppealLinks() {
  const { t } = useI18n();
  const periods = useQuery(periodsQueryOptions());
  const published = (periods.data ?? []).filter((period) => period.state === 'published');
  if (!published.length) return null;
  return (
    <ul className="plain-list">
      {published.map((period) => (
        <li key={period.id}>
          <Link to={`/periods/${period.id}/appeals`}>{t('appeal.link', { period: period.name })}</Link>
        </li>
      ))}
    </ul>
  );
}
