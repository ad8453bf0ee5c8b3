import type { components } from '@par/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';

export type Health = components['schemas']['HealthDto'];

export const healthKeys = {
  all: ['health'] as const,
};

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/health', { signal })),
    refetchInterval: 30_000,
    retry: false,
  });
