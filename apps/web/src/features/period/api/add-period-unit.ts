import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { PeriodDetail } from '../../../lib/period-queries';
import type { MutationConfig } from '../../../lib/react-query';
import { settlePeriod } from './period-cache';

export interface PeriodUnitEntry {
  code: string;
  group: string;
}

export const addPeriodUnit = (id: string, unit: PeriodUnitEntry) =>
  unwrap(api.POST('/api/v1/periods/{id}/units', { params: { path: { id } }, body: unit }));

export function useAddPeriodUnit(
  id: string,
  { onSuccess, ...config }: MutationConfig<PeriodDetail, PeriodUnitEntry> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (unit: PeriodUnitEntry) => addPeriodUnit(id, unit),
    onSuccess: async (...args) => {
      await settlePeriod(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
  });
}
