import { queryOptions } from '@tanstack/react-query';
import { allItems, api, compactQuery, unwrap } from '../../../lib/api-client';
import { unitKeys } from './keys';
import type { UnitFilters } from './types';

/** Every unit matching `filters`. */
export const getUnits = (filters: UnitFilters, signal?: AbortSignal) =>
  allItems((page) =>
    unwrap(api.GET('/api/v1/units', { params: { query: { ...compactQuery(filters), ...page } }, signal })),
  );

export const unitsQueryOptions = (filters: UnitFilters = {}) =>
  queryOptions({
    queryKey: unitKeys.list(filters),
    queryFn: ({ signal }) => getUnits(filters, signal),
  });
