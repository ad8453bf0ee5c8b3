import type { components } from '@par/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';

export type ApiKey = components['schemas']['ApiKeyDto'];
export type NewApiKey = components['schemas']['CreateApiKeyDto'];

export const apiKeyKeys = {
  all: ['api-keys'] as const,
};

export const apiKeysQueryOptions = () =>
  queryOptions({
    queryKey: apiKeyKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/api-keys', { signal })),
  });

/** The answer holds the whole key, once; the server keeps only its hash. */
export const createApiKey = (body: NewApiKey) => unwrap(api.POST('/api/v1/api-keys', { body }));

export const revokeApiKey = (id: string) =>
  unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } }));
