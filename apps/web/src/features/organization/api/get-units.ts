import { queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../../lib/api-client';
import { unitKeys } from './keys';
import type { UnitFilters } from './types';

export const getUnits = (filters: UnitFilters, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/units', { params: { query: compactQuery(filters) }, signal }));

export const unitsQueryOptions = (filters: UnitFilters = {}) =>
  queryOptions({
    queryKey: unitKeys.list(filters),
    queryFn: ({ signal }) => getUnits(filters, signal),
  });
