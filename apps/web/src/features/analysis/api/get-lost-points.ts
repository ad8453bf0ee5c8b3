import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { analysisKeys } from './keys';
import type { LostPointsBy } from './types';

/** Where a computed period lost points, by agency, area, criterion or leaf (the penalty row last). */
export const getLostPoints = (periodId: string, by: LostPointsBy, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/analysis/lost-points', {
      params: { path: { id: periodId }, query: { by } },
      signal,
    }),
  );

export const lostPointsQueryOptions = (periodId: string, by: LostPointsBy) =>
  queryOptions({
    queryKey: analysisKeys.lostPoints(periodId, by),
    queryFn: ({ signal }) => getLostPoints(periodId, by, signal),
    retry: false,
  });
