import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { heatmapQueryOptions } from '../api/get-period-analyses';
import { heatShade } from '../labels';

/** Points lost per leaf (rows) and unit (columns), shaded by the share of the leaf's maximum lost. */
export function HeatmapPanel({ periodId }: { periodId: string }) {
  const { t, formatNumber } = useI18n();
  const heatmap = useQuery(heatmapQueryOptions(periodId));
  const [onlyLosing, setOnlyLosing] = useState(true);
  return (
    <section aria-labelledby="heatmap-title">
      <h2 id="heatmap-title">{t('analysis.heatmap.title')}</h2>
      <p>{t('analysis.heatmap.description')}</p>
      <label className="filter">
        <input type="checkbox" checked={onlyLosing} onChange={(e) => setOnlyLosing(e.target.checked)} />{' '}
        {t('analysis.heatmap.onlyLosing')}
      </label>
      <ErrorAlert error={heatmap.error} />
      {heatmap.isPending && <p role="status">{t('table.loading')}</p>}
      {heatmap.data?.sets.map((set) => {
        const rows = set.leaves
          .map((leaf, i) => ({ leaf, i }))
          .filter(({ i }) => !onlyLosing || set.units.some((unit) => (unit.lost[i] ?? 0) > 0));
        return (
          <div key={set.criteriaSet} className="table-wrap">
            <table className="data-table heatmap">
              <caption>
                {t('analysis.heatmap.caption', { set: set.criteriaSet, units: set.units.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.lost.key')}</th>
                  <th scope="col">{t('analysis.lost.name')}</th>
                  {set.units.map((unit) => (
                    <th key={unit.code} scope="col" title={unit.name}>
                      {unit.code}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={2 + set.units.length}>{t('analysis.lost.none')}</td>
                  </tr>
                )}
                {rows.map(({ leaf, i }) => (
                  <tr key={leaf.code}>
                    <th scope="row">{leaf.code}</th>
                    <td>{leaf.title}</td>
                    {set.units.map((unit) => {
                      const lost = unit.lost[i];
                      return (
                        <td
                          key={unit.code}
                          className="numeric"
                          style={{ background: heatShade(lost, leaf.maxPoints) }}
                          title={`${unit.name} · ${leaf.code}`}
                        >
                          {lost === null ? t('analysis.heatmap.na') : formatNumber(lost)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
