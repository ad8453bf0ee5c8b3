import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import { periodKeys, type PeriodDetail } from '../../../lib/period-queries';
import type { MutationConfig } from '../../../lib/react-query';
import type { UnitDeadlines } from './types';

export const extendUnitDeadlines = (id: string, code: string, body: UnitDeadlines) =>
  unwrap(
    api.PATCH('/api/v1/periods/{id}/units/{code}', {
      params: { path: { id, code } },
      body: asContract<components['schemas']['UnitDeadlineDto']>(body),
    }),
  );

/** One unit's own deadlines; the lists do not show them, so only the period's detail is replaced. */
export function useExtendUnitDeadlines(
  id: string,
  code: string,
  { onSuccess, ...config }: MutationConfig<PeriodDetail, UnitDeadlines> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (deadlines: UnitDeadlines) => extendUnitDeadlines(id, code, deadlines),
    onSuccess: async (...args) => {
      queryClient.setQueryData(periodKeys.detail(id), args[0]);
      await onSuccess?.(...args);
    },
  });
}
