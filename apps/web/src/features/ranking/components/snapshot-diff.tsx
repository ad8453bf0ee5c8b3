import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { snapshotDiffQueryOptions } from '../api/get-snapshots';
import type { ResultsModel } from '../model';
import { RankChange } from './results-table';

/** Which units moved between two computes, and by how much (the API's diff, with names and band labels). */
export function SnapshotDiffView({
  periodId,
  from,
  to,
  model,
}: {
  periodId: string;
  from: string;
  to: string;
  model: ResultsModel;
}) {
  const { t, formatNumber } = useI18n();
  const diff = useQuery(snapshotDiffQueryOptions(periodId, from, to));
  const byCode = new Map(model.rows.map((row) => [row.code, row]));
  const groupName = (code: string) => model.groups.find((g) => g.code === code)?.name ?? code;
  const number = (value: number | null, digits?: number) =>
    value === null ? '—' : formatNumber(value, digits);
  const band = (code: string | null) =>
    code === null ? '—' : (model.rows.find((row) => row.band === code)?.bandLabel ?? code);
  if (diff.isPending) return <p role="status">{t('table.loading')}</p>;
  if (diff.error) return <ErrorAlert error={diff.error} />;
  const moves = [...diff.data.units].sort(
    (a, b) => Math.abs(b.rankChange ?? 0) - Math.abs(a.rankChange ?? 0) || a.code.localeCompare(b.code),
  );
  return (
    <section className="results-diff" aria-labelledby="results-diff-title">
      <h2 id="results-diff-title">{t('ranking.diff.title')}</h2>
      {moves.length === 0 ? (
        <p>{t('ranking.diff.noMoves')}</p>
      ) : (
        <>
          <p>{t('ranking.diff.moved', { count: moves.length })}</p>
          <div className="table-wrap">
            <table className="data-table data-table-cards">
              <caption className="visually-hidden">{t('ranking.diff.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ranking.col.unit')}</th>
                  <th scope="col">{t('ranking.group')}</th>
                  <th scope="col" className="numeric">
                    {t('ranking.diff.index')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('ranking.diff.rank')}
                  </th>
                  <th scope="col">{t('ranking.diff.bandChange')}</th>
                </tr>
              </thead>
              <tbody>
                {moves.map((move) => (
                  <tr key={move.code}>
                    <td data-label={t('ranking.col.unit')}>{byCode.get(move.code)?.name ?? move.code}</td>
                    <td data-label={t('ranking.group')}>{groupName(move.group)}</td>
                    <td data-label={t('ranking.diff.index')} className="numeric">
                      {number(move.fromIndex, 2)} → {number(move.toIndex, 2)}
                      {move.indexChange !== null &&
                        ` (${move.indexChange > 0 ? '+' : ''}${formatNumber(move.indexChange, 2)})`}
                    </td>
                    <td data-label={t('ranking.diff.rank')} className="numeric">
                      {number(move.fromRank)} → {number(move.toRank)} <RankChange change={move.rankChange} />
                    </td>
                    <td data-label={t('ranking.diff.bandChange')}>
                      {band(move.fromBand)} → {band(move.toBand)}
                    </td>
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
