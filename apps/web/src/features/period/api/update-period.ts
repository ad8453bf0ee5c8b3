import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { PeriodDetail } from '../../../lib/period-queries';
import type { MutationConfig } from '../../../lib/react-query';
import { settlePeriod } from './period-cache';
import type { PeriodChanges } from './types';

export const updatePeriod = (id: string, body: PeriodChanges) =>
  unwrap(
    api.PATCH('/api/v1/periods/{id}', {
      params: { path: { id } },
      body: asContract<components['schemas']['UpdatePeriodDto']>(body),
    }),
  );

export function useUpdatePeriod(
  id: string,
  { onSuccess, ...config }: MutationConfig<PeriodDetail, PeriodChanges> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (changes: PeriodChanges) => updatePeriod(id, changes),
    onSuccess: async (...args) => {
      await settlePeriod(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
  });
}
