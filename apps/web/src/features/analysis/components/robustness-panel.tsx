import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { robustnessQueryOptions } from '../api/get-period-analyses';

const DRAWS = [200, 1000, 5000];

/** Each unit's official rank beside the 5th–95th percentile interval of the Monte Carlo ranks. */
export function RobustnessPanel({ periodId }: { periodId: string }) {
  const { t, formatNumber } = useI18n();
  const [iterations, setIterations] = useState(1000);
  const robustness = useQuery(robustnessQueryOptions(periodId, iterations));
  const rank = (value: number | null) => (value === null ? '—' : formatNumber(value));
  return (
    <section aria-labelledby="robustness-title">
      <h2 id="robustness-title">{t('analysis.robustness.title')}</h2>
      <p>{t('analysis.robustness.description')}</p>
      <label className="filter">
        {t('analysis.robustness.iterations')}
        <select value={iterations} onChange={(e) => setIterations(Number(e.target.value))}>
          {DRAWS.map((n) => (
            <option key={n} value={n}>
              {formatNumber(n)}
            </option>
          ))}
        </select>
      </label>
      <ErrorAlert error={robustness.error} />
      <DataTable
        caption={t('analysis.robustness.title')}
        columns={[
          t('analysis.unit'),
          t('analysis.robustness.group'),
          { label: t('analysis.strengths.index'), numeric: true },
          { label: t('analysis.standing.rank'), numeric: true },
          t('analysis.robustness.interval'),
        ]}
        loading={robustness.isPending}
        busy={robustness.isFetching}
      >
        {(robustness.data?.units ?? []).map((unit) => (
          <tr key={unit.code}>
            <td>
              {unit.name} ({unit.code})
            </td>
            <td>{unit.group}</td>
            <td className="numeric">{unit.index === null ? '—' : formatNumber(unit.index, 2)}</td>
            <td className="numeric">{rank(unit.rank)}</td>
            <td>
              {unit.rankLow === unit.rankHigh
                ? t('analysis.robustness.stable')
                : t('analysis.robustness.range', { low: rank(unit.rankLow), high: rank(unit.rankHigh) })}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
