import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { unitQueryOptions } from '../api/get-unit';
import { useUnitTypes } from '../use-unit-types';

/** One unit's record, as a unit role sees its own unit. */
export function UnitSummary({ code }: { code: string }) {
  const { t } = useI18n();
  const unit = useQuery(unitQueryOptions(code));
  const { typeName } = useUnitTypes();
  if (unit.isPending) return <p role="status">{t('table.loading')}</p>;
  if (unit.isError) return <ErrorAlert error={unit.error} />;
  return (
    <dl className="facts">
      <dt>{t('units.code')}</dt>
      <dd>
        <code>{unit.data.code}</code>
      </dd>
      <dt>{t('units.name')}</dt>
      <dd>{unit.data.name}</dd>
      <dt>{t('units.type')}</dt>
      <dd>{typeName(unit.data.type)}</dd>
      <dt>{t('units.parent')}</dt>
      <dd>{unit.data.parentCode ?? '—'}</dd>
      <dt>{t('units.status')}</dt>
      <dd>{t(unit.data.active ? 'status.active' : 'status.inactive')}</dd>
    </dl>
  );
}
