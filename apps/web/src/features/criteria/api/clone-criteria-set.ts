import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { criteriaSetKeys } from './keys';
import type { CloneInput } from './types';

/** A new draft copied from a set (next year's set from this year's). */
export const cloneCriteriaSet = (id: string, body: CloneInput) =>
  unwrap(api.POST('/api/v1/criteria-sets/{id}/clone', { params: { path: { id } }, body }));

export function useCloneCriteriaSet(
  id: string,
  { onSuccess, ...config }: MutationConfig<ResultOf<typeof cloneCriteriaSet>, CloneInput> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (input: CloneInput) => cloneCriteriaSet(id, input),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: criteriaSetKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
