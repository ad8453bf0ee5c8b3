import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { assessmentKeys } from './keys';

export const getAssessment = (periodId: string, unitCode: string, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/assessments/{unitCode}', {
      params: { path: { id: periodId, unitCode } },
      signal,
    }),
  );

export const assessmentQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: assessmentKeys.unit(periodId, unitCode),
    queryFn: ({ signal }) => getAssessment(periodId, unitCode, signal),
  });
