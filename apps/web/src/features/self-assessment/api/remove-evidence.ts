import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { assessmentKeys } from './keys';
import type { LeafRef } from './types';

export const removeEvidence = (evidenceId: string) =>
  unwrap(api.DELETE('/api/v1/evidence/{evidenceId}', { params: { path: { evidenceId } } }));

/** Variables: the evidence id. The unit's assessment is read again afterwards. */
export function useRemoveEvidence(
  leaf: LeafRef,
  { onSuccess, ...config }: MutationConfig<ResultOf<typeof removeEvidence>, string> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: removeEvidence,
    onSuccess: async (...args) => {
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.unit(leaf.periodId, leaf.unitCode) });
      await onSuccess?.(...args);
    },
  });
}
