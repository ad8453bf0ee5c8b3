import { queryOptions } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import { criteriaSetKeys } from './keys';
import type { CriteriaSetComparison } from './types';

export const getCriteriaSetDiff = async (id: string, against: string, signal?: AbortSignal) =>
  asContract<CriteriaSetComparison>(
    await unwrap(
      api.GET('/api/v1/criteria-sets/{id}/diff', { params: { path: { id }, query: { against } }, signal }),
    ),
  );

export const criteriaSetDiffQueryOptions = (id: string, against: string) =>
  queryOptions({
    queryKey: criteriaSetKeys.diff(id, against),
    queryFn: ({ signal }) => getCriteriaSetDiff(id, against, signal),
    enabled: Boolean(against),
  });
