import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { assessmentKeys } from './keys';

export const getCompleteness = (periodId: string, unitCode: string, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/assessments/{unitCode}/completeness', {
      params: { path: { id: periodId, unitCode } },
      signal,
    }),
  );

export const completenessQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: assessmentKeys.completeness(periodId, unitCode),
    queryFn: ({ signal }) => getCompleteness(periodId, unitCode, signal),
  });
