import type { components, operations } from '@par/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../lib/api-client';

export type QueueItem = components['schemas']['QueueItemDto'];
export type QueuePage = components['schemas']['QueuePageDto'];
export type QueueQuery = NonNullable<operations['Assessments_appraisalQueue']['parameters']['query']>;
export type QueueStatus = NonNullable<QueueQuery['status']>;

export const QUEUE_PAGE_SIZE = 50;

export const queueKeys = {
  all: ['appraisal-queue'] as const,
  period: (periodId: string) => [...queueKeys.all, periodId] as const,
  page: (periodId: string, query: QueueQuery) =>
    [...queueKeys.period(periodId), compactQuery(query)] as const,
};

/** The caller's leaves in the current round (round 1: submitted units; round 2: explained leaves). */
export const queueQueryOptions = (periodId: string, query: QueueQuery) =>
  queryOptions({
    queryKey: queueKeys.page(periodId, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/periods/{id}/appraisal-queue', {
          params: { path: { id: periodId }, query: compactQuery(query) },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** The key of a queue row: one leaf of one unit. */
export const queueItemKey = (item: Pick<QueueItem, 'unitCode' | 'leafCode'>) =>
  `${item.unitCode}/${item.leafCode}`;
