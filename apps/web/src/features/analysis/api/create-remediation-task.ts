import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { analysisKeys } from './keys';
import type { CreateTask, RemediationTask } from './types';

/** A task, often straight from a lost-points row (`from`). */
export const createRemediationTask = (body: CreateTask) =>
  unwrap(api.POST('/api/v1/remediation-tasks', { body }));

export function useCreateRemediationTask({
  onSuccess,
  ...config
}: MutationConfig<RemediationTask, CreateTask> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createRemediationTask,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: analysisKeys.tasks() });
      await onSuccess?.(...args);
    },
  });
}
