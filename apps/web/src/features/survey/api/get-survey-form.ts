import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { surveyKeys } from './keys';

/** The questionnaire of one kind of paper form: what a group answers about a unit (422 if it does not rate it). */
export const getSurveyForm = (periodId: string, group: string, unit: string, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/survey/form', {
      params: { path: { id: periodId }, query: { group, unit } },
      signal,
    }),
  );

export const surveyFormQueryOptions = (periodId: string, group: string, unit: string) =>
  queryOptions({
    queryKey: surveyKeys.form(periodId, group, unit),
    queryFn: ({ signal }) => getSurveyForm(periodId, group, unit, signal),
    enabled: Boolean(periodId && group && unit),
    staleTime: 5 * 60_000,
  });
