import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { nationalStandingQueryOptions } from '../api/get-national-standing';
import { rankChangeText } from '../labels';

const INDEX_NAMES: Record<string, string> = { PAR_INDEX: 'PAR INDEX', SIPAS: 'SIPAS', PAPI: 'PAPI' };

/** The province's own PAR INDEX (total and per area), SIPAS and PAPI by year, with the change of rank. */
export function NationalStandingTable() {
  const { t, formatNumber } = useI18n();
  const standing = useQuery(nationalStandingQueryOptions());
  return (
    <section aria-labelledby="standing-title">
      <h2 id="standing-title">{t('analysis.standing.title')}</h2>
      <ErrorAlert error={standing.error} />
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
