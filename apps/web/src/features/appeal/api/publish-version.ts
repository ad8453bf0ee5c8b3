import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { uploadFile } from '../../../lib/upload';
import { appealKeys } from './keys';
import type { Publish } from './types';

/** The signed decision (PDF) first, then the publication of the appeal compute as the next version. */
export async function publishVersion(periodId: string, body: Publish, decision?: File) {
  const file = decision
    ? await uploadFile<{ id: string }>(`/api/v1/periods/${periodId}/decision-file`, decision)
    : undefined;
  return unwrap(
    api.POST('/api/v1/periods/{id}/publish', {
      params: { path: { id: periodId } },
      body: file ? { ...body, decisionFileId: file.id } : body,
    }),
  );
}

export interface PublishVersionVariables {
  body: Publish;
  decision?: File;
}

export function usePublishVersion(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<ResultOf<typeof publishVersion>, PublishVersionVariables> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ body, decision }: PublishVersionVariables) => publishVersion(periodId, body, decision),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: appealKeys.list(periodId) });
      await onSuccess?.(...args);
    },
  });
}
