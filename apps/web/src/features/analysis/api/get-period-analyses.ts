import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { analysisKeys } from './keys';

const path = (id: string) => ({ path: { id } });

/** Points lost per leaf × unit (null: not applicable), per criteria set. */
export const heatmapQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: analysisKeys.heatmap(periodId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods/{id}/analysis/heatmap', { params: path(periodId), signal })),
    retry: false,
  });

/** Per unit, the areas (depth 1) or criteria (depth 2) above and below its group's median. */
export const strengthsQueryOptions = (periodId: string, depth: 1 | 2) =>
  queryOptions({
    queryKey: analysisKeys.strengths(periodId, depth),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/periods/{id}/analysis/strengths', {
          params: { ...path(periodId), query: { depth, top: 3 } },
          signal,
        }),
      ),
    retry: false,
  });

/** Rank intervals of the lib's Monte Carlo (seed 1: the same answer every time). */
export const robustnessQueryOptions = (periodId: string, iterations: number) =>
  queryOptions({
    queryKey: analysisKeys.robustness(periodId, iterations),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/periods/{id}/analysis/robustness', {
          params: { ...path(periodId), query: { iterations, seed: 1 } },
          signal,
        }),
      ),
    retry: false,
  });

/** Self-assessed against appraised points, per unit and per appraiser. */
export const gapsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: analysisKeys.gaps(periodId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods/{id}/analysis/gaps', { params: path(periodId), signal })),
    retry: false,
  });
