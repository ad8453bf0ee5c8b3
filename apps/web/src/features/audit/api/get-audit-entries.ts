import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../../lib/api-client';
import { auditKeys } from './keys';
import type { AuditQuery } from './types';

export const PAGE_SIZE = 50;

export const getAuditEntries = (query: AuditQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/audit', { params: { query: compactQuery(query) }, signal }));

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) => getAuditEntries(query, signal),
    placeholderData: keepPreviousData,
  });
