import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { userKeys } from './keys';

export const unlockUser = (id: string) =>
  unwrap(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id } } }));

/** Variables: the account's id. */
export function useUnlockUser({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof unlockUser>, string> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: unlockUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      await onSuccess?.(...args);
    },
  });
}
