import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { settleSurvey } from './survey-cache';
import type { Survey, SurveyDefinition } from './types';

/** `PUT …/survey`: groups, window and minimum (409 SURVEY_STARTED once a form arrived; 422 SURVEY_INVALID). */
export const defineSurvey = (periodId: string, definition: SurveyDefinition) =>
  unwrap(api.PUT('/api/v1/periods/{id}/survey', { params: { path: { id: periodId } }, body: definition }));

export function useDefineSurvey(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<Survey, SurveyDefinition> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (definition: SurveyDefinition) => defineSurvey(periodId, definition),
    onSuccess: async (...args) => {
      await settleSurvey(queryClient, periodId, args[0]);
      await onSuccess?.(...args);
    },
  });
}
