import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { uploadFile } from '../../../lib/upload';
import { appealKeys } from './keys';
import type { Appeal, FileAppeal } from './types';

export const fileAppeal = (periodId: string, body: FileAppeal) =>
  unwrap(api.POST('/api/v1/periods/{id}/appeals', { params: { path: { id: periodId } }, body }));

/** Files an appeal, then attaches each chosen file to its leaf (evidence is checked like any evidence). */
export async function fileAppealWithEvidence(
  periodId: string,
  body: FileAppeal,
  files: Record<string, File | undefined>,
): Promise<Appeal> {
  let appeal = await fileAppeal(periodId, body);
  for (const [leafCode, file] of Object.entries(files))
    if (file)
      appeal = await uploadFile<Appeal>(
        `/api/v1/periods/${periodId}/appeals/${appeal.id}/leaves/${encodeURIComponent(leafCode)}/evidence`,
        file,
      );
  return appeal;
}

export interface FileAppealVariables {
  body: FileAppeal;
  files: Record<string, File | undefined>;
}

export function useFileAppeal(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<ResultOf<typeof fileAppeal>, FileAppealVariables> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ body, files }: FileAppealVariables) => fileAppealWithEvidence(periodId, body, files),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: appealKeys.list(periodId) });
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      // The appeal may be filed though a file was refused: show what is stored.
      await queryClient.invalidateQueries({ queryKey: appealKeys.list(periodId) });
      await config.onError?.(...args);
    },
  });
}
