import type { ResultsV1 } from '@par/scoring';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { settleResults } from './period-cache';

export const computeResults = async (id: string) =>
  asContract<ResultsV1>(
    await unwrap(api.POST('/api/v1/periods/{id}/results/compute', { params: { path: { id } } })),
  );

export function useComputeResults(id: string, { onSuccess, ...config }: MutationConfig<ResultsV1> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => computeResults(id),
    onSuccess: async (...args) => {
      await settleResults(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
  });
}
