import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { settleSet } from './criteria-set-cache';
import { criteriaSetKeys } from './keys';
import { detailOf, type CriteriaSetDetail } from './types';

export const archiveCriteriaSet = async (id: string) =>
  detailOf(await unwrap(api.POST('/api/v1/criteria-sets/{id}/archive', { params: { path: { id } } })));

/** A refusal (e.g. a set that changed meanwhile) reads the set again. */
export function useArchiveCriteriaSet(
  id: string,
  { onSuccess, onError, ...config }: MutationConfig<CriteriaSetDetail> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => archiveCriteriaSet(id),
    onSuccess: async (...args) => {
      await settleSet(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      void queryClient.invalidateQueries({ queryKey: criteriaSetKeys.detail(id) });
      await onError?.(...args);
    },
  });
}
