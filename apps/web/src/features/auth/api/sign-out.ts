import { useMutation } from '@tanstack/react-query';
import { api, session, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';

/** Signs out on the server (revoking this session's refresh tokens), and here even if that call fails. */
export async function signOut(): Promise<void> {
  const refreshToken = session.refreshToken() ?? undefined;
  try {
    await unwrap(api.POST('/api/v1/auth/logout', { body: { refreshToken } }));
  } finally {
    session.end('logout');
  }
}

export const useSignOut = (config: MutationConfig<void> = {}) =>
  useMutation({ ...config, mutationFn: signOut });
