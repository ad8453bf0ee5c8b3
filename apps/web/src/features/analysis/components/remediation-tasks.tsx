import { DateInput } from '../../../components/date-input';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { RowAction } from '../../../components/row-action';
import { saveBlob } from '../../../lib/download';
import { useI18n } from '../../../lib/i18n';
import { useDownloadProgressReport } from '../api/download-progress-report';
import { remediationTasksQueryOptions } from '../api/get-remediation-tasks';
import type { RemediationTask } from '../api/types';
import { STATUS_LABELS } from '../labels';
import { UpdateTaskDialog } from './update-task-dialog';

/**
 * The period's remediation plan: every task with its owner, due date, status and progress, overdue ones
 * marked; who may update a task (admin, or the owner agency's own users) updates it here; the progress report
 * by a date as Excel or PDF.
 */
export function RemediationTasks({
  periodId,
  canUpdate,
  canReport,
}: {
  periodId: string;
  canUpdate: (task: RemediationTask) => boolean;
  canReport: boolean;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const tasks = useQuery(remediationTasksQueryOptions(periodId));
  const [editing, setEditing] = useState<RemediationTask | null>(null);
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const download = useDownloadProgressReport({
    onSuccess: (blob, request) => saveBlob(blob, `tien-do-khac-phuc-${request.asOf}.${request.format}`),
  });
  return (
    <section aria-labelledby="remediation-title">
      <h2 id="remediation-title">{t('analysis.tasks.title')}</h2>
      {canReport && (
        <div className="toolbar">
          <label className="filter">
            {t('analysis.tasks.report')}
            <DateInput value={asOf} onChange={setAsOf} />
          </label>
          {(['xlsx', 'pdf'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button-secondary"
              disabled={!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || download.isPending}
              onClick={() => download.mutate({ periodId, asOf, format })}
            >
              {t(format === 'xlsx' ? 'analysis.tasks.reportXlsx' : 'analysis.tasks.reportPdf')}
            </button>
          ))}
        </div>
      )}
      <ErrorAlert error={tasks.error ?? download.error} />
      <DataTable
        caption={t('analysis.tasks.title')}
        columns={[
          t('analysis.tasks.task'),
          t('analysis.tasks.owner'),
          t('analysis.tasks.due'),
          t('analysis.tasks.status'),
          { label: t('analysis.tasks.progress'), numeric: true },
          { label: t('analysis.tasks.lost'), numeric: true },
        ]}
        actionsLabel={t('analysis.tasks.update')}
        loading={tasks.isPending}
        emptyText={tasks.data?.length === 0 ? t('analysis.tasks.none') : undefined}
        busy={tasks.isFetching}
      >
        {(tasks.data ?? []).map((task) => (
          <tr key={task.id}>
            <td>{task.title}</td>
            <td>{task.ownerName ?? task.ownerAgency}</td>
            <td>
              {formatDate(`${task.dueDate}T00:00:00`)}{' '}
              {task.overdue && <span className="pill pill-bad">{t('analysis.tasks.overdue')}</span>}
            </td>
            <td>{t(STATUS_LABELS[task.status])}</td>
            <td className="numeric">{task.progress}</td>
            <td className="numeric">{task.lostPoints === null ? '—' : formatNumber(task.lostPoints)}</td>
            <td>
              {canUpdate(task) && (
                <RowAction
                  label={t('analysis.tasks.update')}
                  subject={task.title}
                  onClick={() => setEditing(task)}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {editing && <UpdateTaskDialog task={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
