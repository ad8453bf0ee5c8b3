import { useMutation } from '@tanstack/react-query';
import { api, session, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import type { Credentials } from './types';

/** Signs in: the new pair starts the session (which empties the query cache). */
export async function signIn(credentials: Credentials): Promise<void> {
  session.start(await unwrap(api.POST('/api/v1/auth/login', { body: credentials })));
}

export const useSignIn = (config: MutationConfig<void, Credentials> = {}) =>
  useMutation({ ...config, mutationFn: signIn });
