import type { ResultsV1 } from '@par/scoring';
import { queryOptions } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import { periodKeys } from '../../../lib/period-queries';

export const getPeriodResults = async (id: string, signal?: AbortSignal) =>
  asContract<ResultsV1>(
    await unwrap(api.GET('/api/v1/periods/{id}/results', { params: { path: { id } }, signal })),
  );

export const periodResultsQueryOptions = (id: string, enabled: boolean) =>
  queryOptions({
    queryKey: periodKeys.results(id),
    queryFn: ({ signal }) => getPeriodResults(id, signal),
    enabled,
  });
