import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { analysisKeys } from './keys';
import type { RemediationTask, UpdateTask } from './types';

/** Status, progress and a note (the owner agency), or any field (admin); `version` as last read. */
export const updateRemediationTask = (id: string, body: UpdateTask) =>
  unwrap(api.PATCH('/api/v1/remediation-tasks/{taskId}', { params: { path: { taskId: id } }, body }));

export function useUpdateRemediationTask(
  id: string,
  { onSuccess, ...config }: MutationConfig<RemediationTask, UpdateTask> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (body: UpdateTask) => updateRemediationTask(id, body),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: analysisKeys.tasks() });
      await onSuccess?.(...args);
    },
  });
}
