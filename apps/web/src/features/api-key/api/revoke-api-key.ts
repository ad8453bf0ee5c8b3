import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { apiKeyKeys } from './keys';
import type { ApiKey } from './types';

/** 204: the key stays listed with `revokedAt`, so the list is read again. */
export const revokeApiKey = async (id: string): Promise<void> => {
  await unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } }));
};

export function useRevokeApiKey({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof revokeApiKey>, ApiKey> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
      await onSuccess?.(...args);
    },
  });
}
