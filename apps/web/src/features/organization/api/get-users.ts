import { queryOptions } from '@tanstack/react-query';
import { allItems, api, compactQuery, unwrap } from '../../../lib/api-client';
import { userKeys } from './keys';
import type { UserFilters } from './types';

/** Every user matching `filters`. */
export const getUsers = (filters: UserFilters, signal?: AbortSignal) =>
  allItems((page) =>
    unwrap(api.GET('/api/v1/users', { params: { query: { ...compactQuery(filters), ...page } }, signal })),
  );

export const usersQueryOptions = (filters: UserFilters = {}) =>
  queryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => getUsers(filters, signal),
  });
