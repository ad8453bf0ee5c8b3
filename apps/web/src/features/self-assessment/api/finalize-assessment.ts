import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { cacheAssessment } from './assessment-cache';
import { assessmentKeys, queueKeys } from './keys';
import type { Assessment } from './types';

/** Appraiser, after round 2: the assessment becomes final and locked. */
export const finalizeAssessment = (periodId: string, unitCode: string) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/assessments/{unitCode}/finalize', {
      params: { path: { id: periodId, unitCode } },
    }),
  );

export function useFinalizeAssessment(
  periodId: string,
  unitCode: string,
  { onSuccess, ...config }: MutationConfig<Assessment> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => finalizeAssessment(periodId, unitCode),
    onSuccess: async (...args) => {
      cacheAssessment(queryClient, periodId, unitCode, args[0]);
      await queryClient.invalidateQueries({ queryKey: queueKeys.period(periodId) });
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.list(periodId) });
      await onSuccess?.(...args);
    },
  });
}
