import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { unitTypeKeys } from './keys';

export const getUnitTypes = (signal?: AbortSignal) => unwrap(api.GET('/api/v1/unit-types', { signal }));

export const unitTypesQueryOptions = () =>
  queryOptions({
    queryKey: unitTypeKeys.all,
    queryFn: ({ signal }) => getUnitTypes(signal),
    staleTime: 5 * 60_000,
  });
