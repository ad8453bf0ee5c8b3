import type { components } from '@par/contracts';
import { queryOptions } from '@tanstack/react-query';
import { allItems, api, unwrap } from './api-client';

// The period queries both the periods screens and the assessment screens read: one key factory, so that a
// period saved on one screen is fresh on the other (features do not import each other).

export type PeriodSummary = components['schemas']['PeriodSummaryDto'];
export type PeriodDetail = components['schemas']['PeriodDetailDto'];
export type PeriodState = PeriodSummary['state'];

export const periodKeys = {
  all: ['periods'] as const,
  lists: () => [...periodKeys.all, 'list'] as const,
  detail: (id: string) => [...periodKeys.all, 'detail', id] as const,
  results: (id: string) => [...periodKeys.all, 'results', id] as const,
};

/** Periods the caller takes part in (a unit role sees its unit's only), newest first. */
export const periodsQueryOptions = () =>
  queryOptions({
    queryKey: periodKeys.lists(),
    queryFn: ({ signal }) =>
      allItems((page) => unwrap(api.GET('/api/v1/periods', { params: { query: page }, signal }))),
  });

export const periodQueryOptions = (id: string) =>
  queryOptions({
    queryKey: periodKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/periods/{id}', { params: { path: { id } }, signal })),
  });
