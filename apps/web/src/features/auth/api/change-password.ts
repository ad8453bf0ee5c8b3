import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, session, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { authKeys } from './keys';
import type { PasswordChange } from './types';

/** Changes the own password; the server ends every other session and answers with a new pair. */
export async function changePassword(change: PasswordChange): Promise<void> {
  session.start(await unwrap(api.POST('/api/v1/auth/password', { body: change })));
}

/** After the change the signed-in user is read again (`mustChangePassword` is cleared). */
export function useChangePassword({ onSuccess, ...config }: MutationConfig<void, PasswordChange> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: changePassword,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: authKeys.me() });
      await onSuccess?.(...args);
    },
  });
}
