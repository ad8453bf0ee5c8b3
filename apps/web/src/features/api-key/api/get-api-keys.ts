import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { apiKeyKeys } from './keys';

export const getApiKeys = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/api-keys', { signal }));

export const apiKeysQueryOptions = () =>
  queryOptions({
    queryKey: apiKeyKeys.all,
    queryFn: ({ signal }) => getApiKeys(signal),
  });
