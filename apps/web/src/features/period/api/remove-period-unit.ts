import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { PeriodDetail } from '../../../lib/period-queries';
import type { MutationConfig } from '../../../lib/react-query';
import { settlePeriod } from './period-cache';

/** Removes the unit (204), then reads the period again for its new unit list. */
export const removePeriodUnit = async (id: string, code: string): Promise<PeriodDetail> => {
  await unwrap(api.DELETE('/api/v1/periods/{id}/units/{code}', { params: { path: { id, code } } }));
  return unwrap(api.GET('/api/v1/periods/{id}', { params: { path: { id } } }));
};

/** Variables: the unit's code. */
export function useRemovePeriodUnit(
  id: string,
  { onSuccess, ...config }: MutationConfig<PeriodDetail, string> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (code: string) => removePeriodUnit(id, code),
    onSuccess: async (...args) => {
      await settlePeriod(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
  });
}
