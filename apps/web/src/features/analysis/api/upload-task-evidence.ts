import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MutationConfig } from '../../../lib/react-query';
import { uploadFile } from '../../../lib/upload';
import { analysisKeys } from './keys';

/** A file proving a task's result (the evidence storage's type checks apply). */
export const uploadTaskEvidence = (taskId: string, file: File) =>
  uploadFile<unknown>(`/api/v1/remediation-tasks/${taskId}/evidence`, file);

export function useUploadTaskEvidence(
  taskId: string,
  { onSuccess, ...config }: MutationConfig<unknown, File> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (file: File) => uploadTaskEvidence(taskId, file),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: analysisKeys.tasks() });
      await onSuccess?.(...args);
    },
  });
}
