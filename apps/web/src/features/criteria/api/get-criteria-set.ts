import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { criteriaSetKeys } from './keys';
import { detailOf } from './types';

export const getCriteriaSet = async (id: string, signal?: AbortSignal) =>
  detailOf(await unwrap(api.GET('/api/v1/criteria-sets/{id}', { params: { path: { id } }, signal })));

export const criteriaSetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: criteriaSetKeys.detail(id),
    queryFn: ({ signal }) => getCriteriaSet(id, signal),
  });
