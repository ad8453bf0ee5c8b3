import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { userKeys } from './keys';

/** A generated password, returned once; the user must change it at the next login. */
export const resetPassword = (id: string) =>
  unwrap(api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } }, body: {} }));

/** Variables: the account's id. */
export function useResetPassword({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof resetPassword>, string> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: resetPassword,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      await onSuccess?.(...args);
    },
  });
}
