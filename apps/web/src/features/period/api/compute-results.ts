import type { operations } from '@par/contracts';
import type { ResultsV1 } from '@par/scoring';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { settleResults } from './period-cache';

/** A unit with fewer survey forms than the survey's minimum (compute goes ahead, and says so). */
export type ComputeWarning = NonNullable<
  operations['computeResults']['responses'][200]['content']['application/json']['warnings']
>[number];

/** results/v1, plus `warnings` in a period with a survey (409 SURVEY_NOT_CLOSED while it is open). */
export type ComputedResults = ResultsV1 & { warnings?: ComputeWarning[] };

export const computeResults = async (id: string) =>
  asContract<ComputedResults>(
    await unwrap(api.POST('/api/v1/periods/{id}/results/compute', { params: { path: { id } } })),
  );

export function useComputeResults(
  id: string,
  { onSuccess, ...config }: MutationConfig<ComputedResults> = {},
) {
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
