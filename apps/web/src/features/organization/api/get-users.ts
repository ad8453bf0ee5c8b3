import { queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap, WHOLE_LIST } from '../../../lib/api-client';
import { userKeys } from './keys';
import type { UserFilters } from './types';

/** The users matching `filters` (the `items` of one page as large as the API allows). */
export const getUsers = async (filters: UserFilters, signal?: AbortSignal) =>
  (
    await unwrap(
      api.GET('/api/v1/users', { params: { query: { ...compactQuery(filters), limit: WHOLE_LIST } }, signal }),
    )
  ).items;

export const usersQueryOptions = (filters: UserFilters = {}) =>
  queryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => getUsers(filters, signal),
  });
