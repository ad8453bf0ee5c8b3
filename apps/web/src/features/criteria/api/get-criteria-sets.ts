import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { criteriaSetKeys } from './keys';

export const getCriteriaSets = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/criteria-sets', { signal }));

export const criteriaSetsQueryOptions = () =>
  queryOptions({
    queryKey: criteriaSetKeys.lists(),
    queryFn: ({ signal }) => getCriteriaSets(signal),
  });
