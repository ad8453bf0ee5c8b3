import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { gapsQueryOptions } from '../api/get-period-analyses';

/** Self-assessed against appraised points: which units over-claim, which appraisers cut hardest. */
export function GapsPanel({ periodId }: { periodId: string }) {
  const { t, formatNumber } = useI18n();
  const [view, setView] = useState<'units' | 'appraisers'>('units');
  const gaps = useQuery(gapsQueryOptions(periodId));
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('analysis.gaps.title')}</h2>
      <div className="toolbar" role="group" aria-label={t('analysis.gaps.title')}>
        {(['units', 'appraisers'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className={value === view ? 'button-primary' : 'button-secondary'}
            aria-pressed={value === view}
            onClick={() => setView(value)}
          >
            {t(value === 'units' ? 'analysis.gaps.byUnit' : 'analysis.gaps.byAppraiser')}
          </button>
        ))}
      </div>
      <ErrorAlert error={gaps.error} />
      {view === 'units' ? (
        <DataTable
          caption={t('analysis.gaps.byUnit')}
          columns={[
            t('analysis.unit'),
            { label: t('analysis.gaps.leaves'), numeric: true },
            { label: t('analysis.gaps.self'), numeric: true },
            { label: t('analysis.gaps.appraised'), numeric: true },
            { label: t('analysis.gaps.gap'), numeric: true },
            { label: t('analysis.gaps.over'), numeric: true },
          ]}
          loading={gaps.isPending}
          emptyText={gaps.data?.units.length === 0 ? t('analysis.gaps.none') : undefined}
        >
          {(gaps.data?.units ?? []).map((row) => (
            <tr key={row.code}>
              <td>
                {row.name} ({row.code})
              </td>
              <td className="numeric">{row.leaves}</td>
              <td className="numeric">{formatNumber(row.selfPoints)}</td>
              <td className="numeric">{formatNumber(row.appraisedPoints)}</td>
              <td className="numeric">{formatNumber(row.gap)}</td>
              <td className="numeric">{row.overClaimedLeaves}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <DataTable
          caption={t('analysis.gaps.byAppraiser')}
          columns={[
            t('analysis.gaps.appraiser'),
            { label: t('analysis.gaps.round'), numeric: true },
            { label: t('analysis.gaps.leaves'), numeric: true },
            { label: t('analysis.gaps.cutLeaves'), numeric: true },
            { label: t('analysis.gaps.cut'), numeric: true },
            { label: t('analysis.gaps.raised'), numeric: true },
            { label: t('analysis.gaps.net'), numeric: true },
          ]}
          loading={gaps.isPending}
          emptyText={gaps.data?.appraisers.length === 0 ? t('analysis.gaps.none') : undefined}
        >
          {(gaps.data?.appraisers ?? []).map((row) => (
            <tr key={`${row.appraiser}:${row.round}`}>
              <td>{row.appraiser}</td>
              <td className="numeric">{row.round}</td>
              <td className="numeric">{row.leaves}</td>
              <td className="numeric">{row.cutLeaves}</td>
              <td className="numeric">{formatNumber(row.cutPoints)}</td>
              <td className="numeric">{formatNumber(row.raisedPoints)}</td>
              <td className="numeric">{formatNumber(row.netCut)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
