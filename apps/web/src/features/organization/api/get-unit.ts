import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const getUnit = (code: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/units/{code}', { params: { path: { code } }, signal }));

export const unitQueryOptions = (code: string) =>
  queryOptions({
    queryKey: unitKeys.detail(code),
    queryFn: ({ signal }) => getUnit(code, signal),
  });
