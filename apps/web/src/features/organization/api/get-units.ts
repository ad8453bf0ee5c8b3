import { queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap, WHOLE_LIST } from '../../../lib/api-client';
import { unitKeys } from './keys';
import type { UnitFilters } from './types';

/** The units matching `filters` (the `items` of one page as large as the API allows). */
export const getUnits = async (filters: UnitFilters, signal?: AbortSignal) =>
  (
    await unwrap(
      api.GET('/api/v1/units', { params: { query: { ...compactQuery(filters), limit: WHOLE_LIST } }, signal }),
    )
  ).items;

export const unitsQueryOptions = (filters: UnitFilters = {}) =>
  queryOptions({
    queryKey: unitKeys.list(filters),
    queryFn: ({ signal }) => getUnits(filters, signal),
  });
