import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { surveyKeys } from './keys';
import type { Survey } from './types';

/** The period's survey with its progress; `null` while the period has none (404). */
export async function getSurvey(periodId: string, signal?: AbortSignal): Promise<Survey | null> {
  try {
    return await unwrap(
      api.GET('/api/v1/periods/{id}/survey', { params: { path: { id: periodId } }, signal }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const surveyQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: surveyKeys.detail(periodId),
    queryFn: ({ signal }) => getSurvey(periodId, signal),
    enabled: Boolean(periodId),
  });
