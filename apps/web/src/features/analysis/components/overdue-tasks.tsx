import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { overdueTasksQueryOptions } from '../api/get-remediation-tasks';

/** The dashboard's reminder: open remediation tasks past their due day; nothing when there are none. */
export function OverdueTasks() {
  const { t, formatDate } = useI18n();
  const overdue = useQuery(overdueTasksQueryOptions());
  const tasks = overdue.data ?? [];
  if (tasks.length === 0) return null;
  return (
    <section className="alert alert-warn" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('analysis.overdue.title')}</h2>
      <p>{t('analysis.overdue.count', { count: tasks.length })}</p>
      <ul>
        {tasks.slice(0, 10).map((task) => (
          <li key={task.id}>
            <Link to={`/analysis?period=${task.periodId}`}>{task.title}</Link> —{' '}
            {task.ownerName ?? task.ownerAgency}, {t('analysis.tasks.due').toLowerCase()}{' '}
            {formatDate(`${task.dueDate}T00:00:00`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
