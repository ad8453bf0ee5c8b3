import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { ASSESSMENTS_ROOT_KEY } from '../../../lib/assessment-keys';
import type { MutationConfig } from '../../../lib/react-query';
import { settleSurvey } from './survey-cache';
import type { Survey } from './types';

/** `POST …/survey/reopen`, optionally until a new end (409 PERIOD_STATE_CONFLICT once computed). */
export const reopenSurvey = (periodId: string, closesAt: string | undefined) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/survey/reopen', {
      params: { path: { id: periodId } },
      body: closesAt ? { closesAt } : {},
    }),
  );

export function useReopenSurvey(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<Survey, string | undefined> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (closesAt: string | undefined) => reopenSurvey(periodId, closesAt),
    onSuccess: async (...args) => {
      await settleSurvey(queryClient, periodId, args[0]);
      await queryClient.invalidateQueries({ queryKey: ASSESSMENTS_ROOT_KEY });
      await onSuccess?.(...args);
    },
  });
}
