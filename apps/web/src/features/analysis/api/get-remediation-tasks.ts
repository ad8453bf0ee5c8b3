import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { analysisKeys } from './keys';

/** A period's remediation tasks, by due date. */
export const getRemediationTasks = (periodId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/periods/{id}/remediation-tasks', { params: { path: { id: periodId } }, signal }));

export const remediationTasksQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: analysisKeys.periodTasks(periodId),
    queryFn: ({ signal }) => getRemediationTasks(periodId, signal),
  });

/** Open tasks past their due day, every period (the dashboard). */
export const getOverdueTasks = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/remediation-tasks/overdue', { signal }));

export const overdueTasksQueryOptions = () =>
  queryOptions({ queryKey: analysisKeys.overdue(), queryFn: ({ signal }) => getOverdueTasks(signal) });
