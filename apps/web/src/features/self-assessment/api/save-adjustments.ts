import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { cacheAssessment } from './assessment-cache';
import type { AdjustmentsWrite, Assessment } from './types';

/** Bonus and penalty of one unit (appraisers, appraisal rounds), against the assessment's version. */
export const writeAdjustments = (periodId: string, unitCode: string, body: AdjustmentsWrite) =>
  unwrap(
    api.PUT('/api/v1/periods/{id}/assessments/{unitCode}/adjustments', {
      params: { path: { id: periodId, unitCode } },
      body,
    }),
  );

export function useSaveAdjustments(
  periodId: string,
  unitCode: string,
  { onSuccess, ...config }: MutationConfig<Assessment, AdjustmentsWrite> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (adjustments: AdjustmentsWrite) => writeAdjustments(periodId, unitCode, adjustments),
    onSuccess: async (...args) => {
      cacheAssessment(queryClient, periodId, unitCode, args[0]);
      await onSuccess?.(...args);
    },
  });
}
