import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshWhenFrozen, settleSet } from './criteria-set-cache';
import { detailOf, type CriteriaSetDetail, type SetMetaChanges } from './types';

export const updateCriteriaSet = async (id: string, changes: SetMetaChanges) =>
  detailOf(
    await unwrap(
      api.PATCH('/api/v1/criteria-sets/{id}', {
        params: { path: { id } },
        body: asContract<components['schemas']['UpdateCriteriaSetDto']>(changes),
      }),
    ),
  );

/** A draft set's metadata, against the version read (409 STALE_VERSION for the screen to resolve). */
export function useUpdateCriteriaSet(
  id: string,
  { onSuccess, onError, ...config }: MutationConfig<CriteriaSetDetail, SetMetaChanges> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (changes: SetMetaChanges) => updateCriteriaSet(id, changes),
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
