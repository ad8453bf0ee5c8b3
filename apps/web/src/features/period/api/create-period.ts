import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import { periodKeys } from '../../../lib/period-queries';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import type { NewPeriod } from './types';

export const createPeriod = (body: NewPeriod) =>
  unwrap(api.POST('/api/v1/periods', { body: asContract<components['schemas']['CreatePeriodDto']>(body) }));

export function useCreatePeriod({
  onSuccess,
  ...config
}: MutationConfig<ResultOf<typeof createPeriod>, NewPeriod> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createPeriod,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: periodKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
