import { queryOptions } from '@tanstack/react-query';
import { allItems, api, unwrap } from '../../../lib/api-client';
import { criteriaSetKeys } from './keys';

export const getCriteriaSets = (signal?: AbortSignal) =>
  allItems((page) => unwrap(api.GET('/api/v1/criteria-sets', { params: { query: page }, signal })));

export const criteriaSetsQueryOptions = () =>
  queryOptions({
    queryKey: criteriaSetKeys.lists(),
    queryFn: ({ signal }) => getCriteriaSets(signal),
  });
