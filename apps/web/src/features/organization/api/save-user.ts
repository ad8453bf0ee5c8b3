import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { staleVersionOf } from '../../../lib/api-error';
import type { MutationConfig } from '../../../lib/react-query';
import { userKeys } from './keys';
import type { NewUser, User, UserChanges } from './types';

/** A new account, or the changes to one with the version they were read at (409 STALE_VERSION if stale). */
export type UserWrite = { create: NewUser } | { id: string; changes: UserChanges };

export const createUser = (body: NewUser) => unwrap(api.POST('/api/v1/users', { body }));

export const updateUser = (id: string, body: UserChanges) =>
  unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body }));

export const saveUser = (write: UserWrite): Promise<User> =>
  'create' in write ? createUser(write.create) : updateUser(write.id, write.changes);

/** The accounts are read again after a save, and after a refusal because one changed meanwhile. */
export function useSaveUser({ onSuccess, onError, ...config }: MutationConfig<User, UserWrite> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: saveUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      if (staleVersionOf(args[0])) void queryClient.invalidateQueries({ queryKey: userKeys.all });
      await onError?.(...args);
    },
  });
}
