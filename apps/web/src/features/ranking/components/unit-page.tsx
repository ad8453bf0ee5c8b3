import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { unitHistoryQueryOptions } from '../api/get-public-results';
import { unitLossesQueryOptions } from '../api/get-unit-losses';
import { lossesFromAnalysis } from '../model';
import { useStaffResults } from '../use-staff-results';
import { UnitView } from './unit-view';

/** `/results/:periodId/units/:code`: one unit in a compute (default the latest), and its published years. */
export function ResultsUnitPage({
  periodId,
  code,
  snapshotId,
}: {
  periodId: string;
  code: string;
  snapshotId: string;
}) {
  const { t } = useI18n();
  const { period, snapshot, chosen, model } = useStaffResults(periodId, snapshotId);
  const history = useQuery(unitHistoryQueryOptions(code));
  // Lost points from the analysis API (libs/scoring on the server), when it stands on the compute shown.
  const analysis = useQuery({ ...unitLossesQueryOptions(periodId, code), enabled: Boolean(chosen) });
  const unit = model?.rows.find((row) => row.code === code);
  const losses = useMemo(
    () =>
      model && unit && analysis.data && analysis.data.snapshotId === chosen && !analysis.data.stale
        ? lossesFromAnalysis(model, unit, analysis.data)
        : null,
    [model, unit, analysis.data, chosen],
  );
  const back = `/results?period=${periodId}${chosen ? `&snapshot=${chosen}` : ''}`;
  return (
    <>
      <ErrorAlert error={period.error ?? snapshot.error} />
      {snapshot.data?.provisional && (
        <p className="results-banner" role="note">
          {t('ranking.provisional')}
        </p>
      )}
      {!model && !period.error && !snapshot.error && <p role="status">{t('table.loading')}</p>}
      {model && (
        <UnitView model={model} code={code} history={history.data ?? null} backHref={back} losses={losses} />
      )}
    </>
  );
}
