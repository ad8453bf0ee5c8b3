import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshWhenFrozen, settleSet } from './criteria-set-cache';
import { getCriteriaSet } from './get-criteria-set';
import type { CriteriaSetDetail } from './types';

/** Deletes a node with its subtree (204), then reads the whole set again (its issues and version moved). */
export const deleteNode = async (id: string, code: string) => {
  await unwrap(api.DELETE('/api/v1/criteria-sets/{id}/nodes/{code}', { params: { path: { id, code } } }));
  return getCriteriaSet(id);
};

/** Variables: the node's code. */
export function useDeleteNode(
  id: string,
  { onSuccess, onError, ...config }: MutationConfig<CriteriaSetDetail, string> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (code: string) => deleteNode(id, code),
    onSuccess: async (...args) => {
      await settleSet(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      refreshWhenFrozen(queryClient, id, args[0]);
      await onError?.(...args);
    },
  });
}
