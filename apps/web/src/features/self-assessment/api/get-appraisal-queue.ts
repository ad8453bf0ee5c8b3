import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../../lib/api-client';
import { queueKeys } from './keys';
import type { QueueQuery } from './types';

export const QUEUE_PAGE_SIZE = 50;

export const getAppraisalQueue = (periodId: string, query: QueueQuery, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/appraisal-queue', {
      params: { path: { id: periodId }, query: compactQuery(query) },
      signal,
    }),
  );

/** The caller's leaves in the current round (round 1: submitted units; round 2: explained leaves). */
export const queueQueryOptions = (periodId: string, query: QueueQuery) =>
  queryOptions({
    queryKey: queueKeys.page(periodId, query),
    queryFn: ({ signal }) => getAppraisalQueue(periodId, query, signal),
    placeholderData: keepPreviousData,
  });
