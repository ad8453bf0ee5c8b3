import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { authKeys } from './keys';

export const getMe = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/auth/me', { signal }));

export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
