import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { criteriaSetKeys } from './keys';

export const deleteCriteriaSet = (id: string) =>
  unwrap(api.DELETE('/api/v1/criteria-sets/{id}', { params: { path: { id } } }));

/**
 * Deletes a draft set. Here the screen's `onSuccess` runs first — it leaves the set's page, which would
 * otherwise read the deleted set again — and only then does the set leave the cache.
 */
export function useDeleteCriteriaSet(
  id: string,
  { onSuccess, onError, ...config }: MutationConfig<unknown> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => deleteCriteriaSet(id),
    onSuccess: async (...args) => {
      await onSuccess?.(...args);
      queryClient.removeQueries({ queryKey: criteriaSetKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: criteriaSetKeys.lists() });
    },
    onError: async (...args) => {
      void queryClient.invalidateQueries({ queryKey: criteriaSetKeys.detail(id) });
      await onError?.(...args);
    },
  });
}
