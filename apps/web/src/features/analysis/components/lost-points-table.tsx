import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { RowAction } from '../../../components/row-action';
import { useI18n } from '../../../lib/i18n';
import { lostPointsQueryOptions } from '../api/get-lost-points';
import type { LostPointsBy, LostPointsRow } from '../api/types';
import { BY_LABELS } from '../labels';
import { CreateTaskDialog } from './create-task-dialog';

const BYS: LostPointsBy[] = ['agency', 'area', 'criterion', 'leaf'];

/** Where the period lost points, grouped as chosen; a row becomes a remediation task in one step. */
export function LostPointsTable({ periodId, canPlan }: { periodId: string; canPlan: boolean }) {
  const { t, formatNumber } = useI18n();
  const [by, setBy] = useState<LostPointsBy>('agency');
  const [planning, setPlanning] = useState<LostPointsRow | null>(null);
  const lost = useQuery(lostPointsQueryOptions(periodId, by));
  const name = (row: LostPointsRow) =>
    row.level === 'penalty'
      ? t('analysis.lost.penalty')
      : row.key === null
        ? t('analysis.lost.noAgency')
        : row.title;
  return (
    <section aria-labelledby="lost-points-title">
      <h2 id="lost-points-title">{t('analysis.lost.title')}</h2>
      <div className="toolbar" role="group" aria-label={t('analysis.lost.by')}>
        {BYS.map((value) => (
          <button
            key={value}
            type="button"
            className={value === by ? 'button-primary' : 'button-secondary'}
            aria-pressed={value === by}
            onClick={() => setBy(value)}
          >
            {t(BY_LABELS[value])}
          </button>
        ))}
      </div>
      {lost.data?.stale && (
        <p className="alert alert-warn" role="status">
          {t('analysis.stale')}
        </p>
      )}
      <ErrorAlert error={lost.error} />
      <DataTable
        caption={`${t('analysis.lost.title')} — ${t(BY_LABELS[by])}`}
        columns={[
          t('analysis.lost.key'),
          t('analysis.lost.name'),
          ...(by === 'agency' ? [] : [t('analysis.lost.agency')]),
          { label: t('analysis.lost.points'), numeric: true },
          { label: t('analysis.lost.max'), numeric: true },
          { label: t('analysis.lost.units'), numeric: true },
        ]}
        actionsLabel={canPlan ? t('analysis.lost.plan') : undefined}
        loading={lost.isPending}
        emptyText={lost.data?.rows.length === 0 ? t('analysis.lost.none') : undefined}
        busy={lost.isFetching}
      >
        {(lost.data?.rows ?? []).map((row) => (
          <tr key={`${row.level}:${row.criteriaSet ?? ''}:${row.key ?? ''}`}>
            <td>{row.level === 'penalty' ? '—' : (row.key ?? '—')}</td>
            <td>{name(row)}</td>
            {by !== 'agency' && <td>{row.level === 'penalty' ? '—' : (row.responsibleAgency ?? '—')}</td>}
            <td className="numeric">{formatNumber(row.lostPoints)}</td>
            <td className="numeric">{row.level === 'penalty' ? '—' : formatNumber(row.maxPoints)}</td>
            <td className="numeric">{row.units}</td>
            {canPlan && (
              <td>
                <RowAction
                  label={t('analysis.lost.plan')}
                  subject={name(row)}
                  onClick={() => setPlanning(row)}
                />
              </td>
            )}
          </tr>
        ))}
      </DataTable>
      {planning && <CreateTaskDialog periodId={periodId} row={planning} onClose={() => setPlanning(null)} />}
    </section>
  );
}
