import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { nationalStandingQueryOptions } from '../api/get-national-standing';
import { rankChangeText } from '../labels';
import { StandingDialog, StandingImport } from './national-standing-form';

const YearLinesChart = lazy(() =>
  import('./analysis-charts').then((module) => ({ default: module.YearLinesChart })),
);

const INDEX_NAMES: Record<string, string> = { PAR_INDEX: 'PAR INDEX', SIPAS: 'SIPAS', PAPI: 'PAPI' };

/**
 * The province's own PAR INDEX (total and per area), SIPAS and PAPI by year, with the change of rank; the
 * totals charted across years (value and rank); entry and import for admins.
 */
export function NationalStandingTable({ canEdit = false }: { canEdit?: boolean }) {
  const { t, formatNumber } = useI18n();
  const standing = useQuery(nationalStandingQueryOptions());
  const [adding, setAdding] = useState(false);
  const chart = useMemo(() => {
    const totals = (standing.data ?? []).filter((row) => row.areaCode === '');
    const years = [...new Set(totals.map((row) => row.year))].sort((a, b) => a - b);
    const of = (index: string, pick: (row: (typeof totals)[number]) => number | null) =>
      years.map((year) => {
        const row = totals.find((r) => r.year === year && r.indexCode === index);
        return row ? pick(row) : null;
      });
    const indexes = [...new Set(totals.map((row) => row.indexCode))];
    return {
      years,
      values: indexes.map((index) => ({
        name: INDEX_NAMES[index] ?? index,
        values: of(index, (r) => r.value),
      })),
      ranks: indexes.map((index) => ({
        name: INDEX_NAMES[index] ?? index,
        values: of(index, (r) => r.rank),
      })),
    };
  }, [standing.data]);
  const format = useMemo(() => (value: number) => formatNumber(value), [formatNumber]);
  return (
    <section aria-labelledby="standing-title">
      <h2 id="standing-title">{t('analysis.standing.title')}</h2>
      {canEdit && (
        <div className="toolbar">
          <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
            {t('analysis.standing.add')}
          </button>
          <StandingImport />
        </div>
      )}
      {adding && <StandingDialog onClose={() => setAdding(false)} />}
      <ErrorAlert error={standing.error} />
      {chart.years.length > 1 && (
        <Suspense fallback={<p className="table-status">{t('analysis.chart.loading')}</p>}>
          <YearLinesChart
            years={chart.years}
            series={chart.values}
            label={t('analysis.standing.valueChart')}
            format={format}
          />
          <YearLinesChart
            years={chart.years}
            series={chart.ranks}
            label={t('analysis.standing.rankChart')}
            format={format}
            inverse
          />
        </Suspense>
      )}
      <DataTable
        caption={t('analysis.standing.title')}
        columns={[
          t('analysis.standing.year'),
          t('analysis.standing.index'),
          t('analysis.standing.area'),
          { label: t('analysis.standing.value'), numeric: true },
          t('analysis.standing.rank'),
          t('analysis.standing.change'),
        ]}
        loading={standing.isPending}
        emptyText={standing.data?.length === 0 ? t('analysis.standing.none') : undefined}
      >
        {(standing.data ?? []).map((row) => (
          <tr key={row.id}>
            <td>{row.year}</td>
            <td>{INDEX_NAMES[row.indexCode] ?? row.indexCode}</td>
            <td>{row.areaCode === '' ? t('analysis.standing.total') : (row.areaTitle ?? row.areaCode)}</td>
            <td className="numeric">{formatNumber(row.value)}</td>
            <td>{row.rank === null ? '—' : `${row.rank}${row.rankOf ? `/${row.rankOf}` : ''}`}</td>
            <td>{rankChangeText(row.rankChange, t)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
