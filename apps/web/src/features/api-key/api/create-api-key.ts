import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { apiKeyKeys } from './keys';
import type { NewApiKey } from './types';

/** The answer holds the whole key, once; the server keeps only its hash. */
export const createApiKey = (body: NewApiKey) => unwrap(api.POST('/api/v1/api-keys', { body }));

export function useCreateApiKey({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof createApiKey>, NewApiKey> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createApiKey,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
      await onSuccess?.(...args);
    },
  });
}
