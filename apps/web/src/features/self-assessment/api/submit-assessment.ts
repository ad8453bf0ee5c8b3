import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { cacheAssessment } from './assessment-cache';
import { assessmentKeys } from './keys';
import type { Assessment } from './types';

/** The unit head locks the self-assessment (422 ASSESSMENT_INCOMPLETE lists the gaps). */
export const submitAssessment = (periodId: string, unitCode: string) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/assessments/{unitCode}/submit', {
      params: { path: { id: periodId, unitCode } },
    }),
  );

/** The submitted assessment is cached as answered; the period's other views (list, queue) read again. */
export function useSubmitAssessment(
  periodId: string,
  unitCode: string,
  { onSuccess, ...config }: MutationConfig<Assessment> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => submitAssessment(periodId, unitCode),
    onSuccess: async (...args) => {
      cacheAssessment(queryClient, periodId, unitCode, args[0]);
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.period(periodId) });
      await onSuccess?.(...args);
    },
  });
}
