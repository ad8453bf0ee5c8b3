import type { ResultsV1 } from '@par/scoring';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { settleResults } from './period-cache';

/** The publication decision (number and date) that makes the results public. */
export interface Publication {
  decisionNo: string;
  decisionDate: string;
}

export const publishResults = async (id: string, body: Publication) =>
  asContract<ResultsV1>(
    await unwrap(api.POST('/api/v1/periods/{id}/publish', { params: { path: { id } }, body })),
  );

export function usePublishResults(
  id: string,
  { onSuccess, ...config }: MutationConfig<ResultsV1, Publication> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (publication: Publication) => publishResults(id, publication),
    onSuccess: async (...args) => {
      await settleResults(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
  });
}
