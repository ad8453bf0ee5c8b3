import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { cacheAssessment } from './assessment-cache';
import { assessmentKeys } from './keys';
import type { Assessment } from './types';

/** The unit head closes the explanation round. */
export const closeExplanation = (periodId: string, unitCode: string) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/assessments/{unitCode}/explanation/submit', {
      params: { path: { id: periodId, unitCode } },
    }),
  );

export function useCloseExplanation(
  periodId: string,
  unitCode: string,
  { onSuccess, ...config }: MutationConfig<Assessment> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => closeExplanation(periodId, unitCode),
    onSuccess: async (...args) => {
      cacheAssessment(queryClient, periodId, unitCode, args[0]);
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.period(periodId) });
      await onSuccess?.(...args);
    },
  });
}
