import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { PeriodDetail, PeriodState } from '../../../lib/period-queries';
import type { MutationConfig } from '../../../lib/react-query';
import { settlePeriod } from './period-cache';

/** One step along the period's path (422 PERIOD_PRECONDITIONS lists what is unmet). */
export const movePeriod = (id: string, state: PeriodState) =>
  unwrap(api.POST('/api/v1/periods/{id}/state', { params: { path: { id } }, body: { state } }));

export function useMovePeriod(
  id: string,
  { onSuccess, ...config }: MutationConfig<PeriodDetail, PeriodState> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (state: PeriodState) => movePeriod(id, state),
    onSuccess: async (...args) => {
      await settlePeriod(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
  });
}
