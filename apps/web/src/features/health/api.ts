import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../lib/api-client';

export interface Health {
  status: 'ok';
  db: 'up';
}

export const healthKeys = {
  all: ['health'] as const,
};

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => apiFetch<Health>('/health', { signal }),
    refetchInterval: 30_000,
    retry: false,
  });
