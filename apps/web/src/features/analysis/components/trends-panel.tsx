import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { heatmapQueryOptions } from '../api/get-period-analyses';
import { provinceTrendQueryOptions, unitTrendQueryOptions } from '../api/get-trends';
import type { TrendBy } from '../api/types';
import { rankChangeText } from '../labels';

// ECharts arrives with this panel only (its own chunk); the table below says the same in text.
const YearLinesChart = lazy(() =>
  import('./analysis-charts').then((module) => ({ default: module.YearLinesChart })),
);

/**
 * Year-over-year trends: the province (mean index, national PAR INDEX rank) or one unit (index, rank and
 * their change), and a line per area or criterion of the latest set carried back through the crosswalks.
 */
export function TrendsPanel({ periodId }: { periodId: string }) {
  const { t, formatNumber } = useI18n();
  // The units to choose from: the period's (an appraiser's: those of their assignment).
  const heatmap = useQuery(heatmapQueryOptions(periodId));
  const units = useMemo(
    () => (heatmap.data?.sets ?? []).flatMap((set) => set.units.map(({ code, name }) => ({ code, name }))),
    [heatmap.data],
  );
  const [unitCode, setUnitCode] = useState('');
  const [by, setBy] = useState<TrendBy>('area');
  const province = useQuery({ ...provinceTrendQueryOptions(by), enabled: unitCode === '' });
  const unit = useQuery({ ...unitTrendQueryOptions(unitCode, by), enabled: unitCode !== '' });
  const data = unitCode === '' ? province.data : unit.data;
  const error = unitCode === '' ? province.error : unit.error;
  const pending = unitCode === '' ? province.isPending : unit.isPending;
  const years = useMemo(() => data?.years.map((y) => y.year) ?? [], [data]);
  const series = useMemo(
    () =>
      (data?.lines ?? []).map((line) => ({
        name: `${line.code} ${line.title}`,
        values: line.values.map((value) => value?.index ?? null),
      })),
    [data],
  );
  const format = useMemo(() => (value: number) => formatNumber(value, 2), [formatNumber]);
  const number = (value: number | null | undefined, digits?: number) =>
    value === null || value === undefined ? '—' : formatNumber(value, digits);
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">{t('analysis.trends.title')}</h2>
      <p>{t('analysis.trends.description')}</p>
      <div className="toolbar">
        <label className="filter">
          {t('analysis.unit')}
          <select value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
            <option value="">{t('analysis.trends.province')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name} ({u.code})
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          {t('analysis.lost.by')}
          <select value={by} onChange={(e) => setBy(e.target.value as TrendBy)}>
            <option value="area">{t('analysis.lost.byArea')}</option>
            <option value="criterion">{t('analysis.lost.byCriterion')}</option>
            <option value="leaf">{t('analysis.lost.byLeaf')}</option>
          </select>
        </label>
      </div>
      <ErrorAlert error={error} />
      {pending && <p role="status">{t('table.loading')}</p>}
      {data && (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('analysis.trends.years')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.standing.year')}</th>
                  <th scope="col">{t('analysis.trends.set')}</th>
                  <th scope="col" className="numeric">
                    {t('analysis.strengths.index')}
                  </th>
                  <th scope="col">{t('analysis.standing.rank')}</th>
                  <th scope="col">{t('analysis.standing.change')}</th>
                </tr>
              </thead>
              <tbody>
                {'unit' in data
                  ? data.years.map((y) => (
                      <tr key={y.periodId}>
                        <td>{y.year}</td>
                        <td>{y.criteriaSet}</td>
                        <td className="numeric">{number(y.index, 2)}</td>
                        <td>{y.rank === null ? '—' : `${y.rank}/${y.rankOf}`}</td>
                        <td>{rankChangeText(y.rankChange, t)}</td>
                      </tr>
                    ))
                  : data.years.map((y) => (
                      <tr key={y.periodId}>
                        <td>{y.year}</td>
                        <td>{y.criteriaSet}</td>
                        <td className="numeric">{number(y.meanIndex, 2)}</td>
                        <td>
                          {y.national?.rank == null
                            ? '—'
                            : `${y.national.rank}${y.national.rankOf ? `/${y.national.rankOf}` : ''}`}
                        </td>
                        <td>{rankChangeText(y.national?.rankChange ?? null, t)}</td>
                      </tr>
                    ))}
              </tbody>
            </table>
          </div>
          <Suspense fallback={<p className="table-status">{t('analysis.chart.loading')}</p>}>
            <YearLinesChart
              years={years}
              series={series}
              label={t('analysis.trends.chart')}
              format={format}
            />
          </Suspense>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('analysis.trends.lines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis.lost.name')}</th>
                  {years.map((year, i) => (
                    <th key={`${year}-${i}`} scope="col" className="numeric">
                      {year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.lines.map((line) => (
                  <tr key={line.code}>
                    <th scope="row">
                      {line.code} {line.title}
                    </th>
                    {line.values.map((value, i) => (
                      <td
                        key={i}
                        className="numeric"
                        title={
                          value ? t('analysis.trends.codes', { codes: value.codes.join(', ') }) : undefined
                        }
                      >
                        {value === null
                          ? '—'
                          : `${number(value.index, 2)} (${formatNumber(value.points)}/${formatNumber(value.maxPoints)})`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
