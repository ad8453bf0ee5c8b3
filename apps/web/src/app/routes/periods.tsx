import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useCurrentUser } from '../../features/auth';
import { criteriaSetsQueryOptions } from '../../features/criteria';
import { unitsQueryOptions, usersQueryOptions, useUnitTypes } from '../../features/organization';
import { PeriodPage, PeriodsList, PeriodWizard } from '../../features/period';
import { useI18n } from '../../lib/i18n';
import { periodsQueryOptions } from '../../lib/period-queries';

/** The periods list; admins open new ones. */
export function PeriodsRoute() {
  const user = useCurrentUser();
  return <PeriodsList canEdit={user.role === 'admin'} />;
}

/** The wizard, given what it picks from: criteria sets, evaluated units, unit types, and the years taken. */
export function PeriodWizardRoute() {
  const { t } = useI18n();
  const sets = useQuery(criteriaSetsQueryOptions());
  const units = useQuery(unitsQueryOptions());
  const periods = useQuery(periodsQueryOptions());
  const { types, typeName } = useUnitTypes();
  if (sets.isError || units.isError || periods.isError)
    return <ErrorAlert error={sets.error ?? units.error ?? periods.error} />;
  if (!sets.data || !units.data || !periods.data) return <p role="status">{t('table.loading')}</p>;
  return (
    <PeriodWizard
      sets={sets.data}
      units={units.data}
      unitTypes={types.filter((type) => type.active).map((type) => type.code)}
      takenYears={periods.data.map((period) => period.year)}
      typeName={typeName}
    />
  );
}

export function PeriodRoute() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const admin = user.role === 'admin';
  const units = useQuery({ ...unitsQueryOptions(), enabled: admin });
  const appraisers = useQuery({ ...usersQueryOptions({ role: 'appraiser' }), enabled: admin });
  const { typeName } = useUnitTypes();
  return (
    <PeriodPage
      key={id}
      id={id}
      canEdit={admin}
      units={units.data ?? []}
      appraisers={(appraisers.data ?? [])
        .filter((user) => user.active)
        .map((user) => ({ username: user.username, fullName: user.fullName, unitCode: user.unitCode }))}
      typeName={typeName}
    />
  );
}
