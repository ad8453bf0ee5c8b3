import { queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../../lib/api-client';
import { userKeys } from './keys';
import type { UserFilters } from './types';

export const getUsers = (filters: UserFilters, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/users', { params: { query: compactQuery(filters) }, signal }));

export const usersQueryOptions = (filters: UserFilters = {}) =>
  queryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => getUsers(filters, signal),
  });
