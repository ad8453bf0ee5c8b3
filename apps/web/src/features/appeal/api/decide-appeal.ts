import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import { appealKeys } from './keys';
import type { DecideAppeal } from './types';

export const decideAppeal = (periodId: string, appealId: string, body: DecideAppeal) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/appeals/{appealId}/decisions', {
      params: { path: { id: periodId, appealId } },
      body,
    }),
  );

export function useDecideAppeal(
  periodId: string,
  {
    onSuccess,
    ...config
  }: MutationConfig<ResultOf<typeof decideAppeal>, { appealId: string; body: DecideAppeal }> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ appealId, body }: { appealId: string; body: DecideAppeal }) =>
      decideAppeal(periodId, appealId, body),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: appealKeys.list(periodId) });
      await onSuccess?.(...args);
    },
  });
}
