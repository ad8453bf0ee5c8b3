import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { ASSESSMENTS_ROOT_KEY } from '../../../lib/assessment-keys';
import type { MutationConfig } from '../../../lib/react-query';
import { settleSurvey } from './survey-cache';
import type { Survey } from './types';

/** `POST …/survey/close`: no more answers; the counts become the survey leaves' inputs. */
export const closeSurvey = (periodId: string) =>
  unwrap(api.POST('/api/v1/periods/{id}/survey/close', { params: { path: { id: periodId } } }));

export function useCloseSurvey(periodId: string, { onSuccess, ...config }: MutationConfig<Survey> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: () => closeSurvey(periodId),
    onSuccess: async (...args) => {
      await settleSurvey(queryClient, periodId, args[0]);
      await queryClient.invalidateQueries({ queryKey: ASSESSMENTS_ROOT_KEY });
      await onSuccess?.(...args);
    },
  });
}
