import { queryOptions } from '@tanstack/react-query';
import { allItems, api, unwrap } from '../../../lib/api-client';
import { assessmentKeys } from './keys';

export const getAssessments = (periodId: string, signal?: AbortSignal) =>
  allItems((page) =>
    unwrap(
      api.GET('/api/v1/periods/{id}/assessments', {
        params: { path: { id: periodId }, query: page },
        signal,
      }),
    ),
  );

/** Every unit's status and totals (admin, appraiser, viewer). */
export const assessmentsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: assessmentKeys.list(periodId),
    queryFn: ({ signal }) => getAssessments(periodId, signal),
  });
