import { useCurrentUser } from '../../features/auth';
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
    </section>
  );
}
