import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, WHOLE_LIST } from '../../../lib/api-client';
import { criteriaSetKeys } from './keys';

export const getCriteriaSets = async (signal?: AbortSignal) =>
  (await unwrap(api.GET('/api/v1/criteria-sets', { params: { query: { limit: WHOLE_LIST } }, signal }))).items;

export const criteriaSetsQueryOptions = () =>
  queryOptions({
    queryKey: criteriaSetKeys.lists(),
    queryFn: ({ signal }) => getCriteriaSets(signal),
  });
