import type { components } from '@par/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, session, unwrap } from '../../lib/api-client';

export type CurrentUser = components['schemas']['MeDto'];
export type Credentials = components['schemas']['LoginDto'];
export type PasswordChange = components['schemas']['ChangePasswordDto'];

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/auth/me', { signal })),
    staleTime: 5 * 60_000,
  });

/** Signs in: the new pair starts the session. */
export async function signIn(credentials: Credentials): Promise<void> {
  session.start(await unwrap(api.POST('/api/v1/auth/login', { body: credentials })));
}

/** Changes the own password; the server ends every other session and answers with a new pair. */
export async function changePassword(change: PasswordChange): Promise<void> {
  session.start(await unwrap(api.POST('/api/v1/auth/password', { body: change })));
}

/** Signs out on the server (revoking this session's refresh tokens), and here even if that call fails. */
export async function signOut(): Promise<void> {
  const refreshToken = session.refreshToken() ?? undefined;
  try {
    await unwrap(api.POST('/api/v1/auth/logout', { body: { refreshToken } }));
  } finally {
    session.end('logout');
  }
}
