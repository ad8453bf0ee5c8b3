import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { analysisKeys } from './keys';
import type { TrendBy } from './types';

/** A unit's trend across years (through the criteria crosswalks). */
export const unitTrendQueryOptions = (unitCode: string, by: TrendBy) =>
  queryOptions({
    queryKey: analysisKeys.trend(unitCode, by),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analysis/trends', { params: { query: { unitCode, by } }, signal })),
    retry: false,
  });

/** The province's trend: mean index, national PAR INDEX rank, lines pooled over the units. */
export const provinceTrendQueryOptions = (by: TrendBy) =>
  queryOptions({
    queryKey: analysisKeys.trend(null, by),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/analysis/trends/province', { params: { query: { by } }, signal })),
    retry: false,
  });
