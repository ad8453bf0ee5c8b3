import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useI18n } from '../../../lib/i18n';
import { periodsQueryOptions } from '../../../lib/period-queries';
import { STATE_LABELS } from '../labels';

/** Every period, newest year first, with its state and units; admins open a new one with the wizard. */
export function PeriodsList({ canEdit }: { canEdit: boolean }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const navigate = useNavigate();
  const periods = useQuery(periodsQueryOptions());
  const rows = periods.data ?? [];
  return (
    <section>
      <PageHeader
        title={t('periods.title')}
        description={t('periods.description')}
        action={
          canEdit ? { label: t('periods.create'), onClick: () => void navigate('/periods/new') } : undefined
        }
      />
      <ErrorAlert error={periods.error} />
      <DataTable
        caption={t('periods.title')}
        columns={[
          { label: t('period.year'), numeric: true },
          t('period.name'),
          t('period.state'),
          { label: t('period.units'), numeric: true },
          t('period.deadline.selfAssessment'),
          t('period.decisionNo'),
        ]}
        loading={periods.isPending}
        emptyText={periods.isSuccess && rows.length === 0 ? t('periods.empty') : undefined}
      >
        {rows.map((period) => (
          <tr key={period.id}>
            <td className="numeric">{period.year}</td>
            <td>
              <Link to={`/periods/${period.id}`}>{period.name}</Link>
            </td>
            <td>
              <span className={period.state === 'published' ? 'pill pill-ok' : 'pill pill-warn'}>
                {t(STATE_LABELS[period.state])}
              </span>
            </td>
            <td className="numeric">{formatNumber(period.unitCount)}</td>
            <td>{period.deadlines.selfAssessment ? formatDateTime(period.deadlines.selfAssessment) : '—'}</td>
            <td>{period.decisionNo ?? '—'}</td>
            <td />
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
