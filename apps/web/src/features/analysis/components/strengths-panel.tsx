import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { strengthsQueryOptions } from '../api/get-period-analyses';

/** Per unit, the areas (or criteria) above and below its ranking group's median index. */
export function StrengthsPanel({ periodId }: { periodId: string }) {
  const { t, formatNumber } = useI18n();
  const [depth, setDepth] = useState<1 | 2>(1);
  const [unitCode, setUnitCode] = useState('');
  const strengths = useQuery(strengthsQueryOptions(periodId, depth));
  const units = strengths.data?.units ?? [];
  const unit = units.find((u) => u.code === unitCode) ?? units[0];
  const signed = (gap: number) => `${gap > 0 ? '+' : ''}${formatNumber(gap, 2)}`;
  const list = (title: string, rows: typeof unit.strengths) => (
    <div>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p>{t('analysis.strengths.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.lost.name')}</th>
              <th scope="col" className="numeric">
                {t('analysis.strengths.index')}
              </th>
              <th scope="col" className="numeric">
                {t('analysis.strengths.median')}
              </th>
              <th scope="col" className="numeric">
                {t('analysis.strengths.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <td>
                  {row.code} {row.title}
                </td>
                <td className="numeric">{formatNumber(row.index, 2)}</td>
                <td className="numeric">{formatNumber(row.median, 2)}</td>
                <td className="numeric">{signed(row.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
  return (
    <section aria-labelledby="strengths-title">
      <h2 id="strengths-title">{t('analysis.strengths.title')}</h2>
      <div className="toolbar">
        <label className="filter">
          {t('analysis.unit')}
          <select value={unit?.code ?? ''} onChange={(e) => setUnitCode(e.target.value)}>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name} ({u.code})
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          {t('analysis.strengths.depth')}
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value) as 1 | 2)}>
            <option value={1}>{t('analysis.lost.byArea')}</option>
            <option value={2}>{t('analysis.lost.byCriterion')}</option>
          </select>
        </label>
      </div>
      <ErrorAlert error={strengths.error} />
      {strengths.isPending && <p role="status">{t('table.loading')}</p>}
      {unit && (
        <div className="analysis-columns">
          {list(t('analysis.strengths.strengths'), unit.strengths)}
          {list(t('analysis.strengths.weaknesses'), unit.weaknesses)}
        </div>
      )}
    </section>
  );
}
