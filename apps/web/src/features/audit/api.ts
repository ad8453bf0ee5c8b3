import type { components, operations } from '@par/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../lib/api-client';

export type AuditEntry = components['schemas']['AuditEntryDto'];
export type AuditQuery = NonNullable<operations['Audit_page']['parameters']['query']>;

export const PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  page: (query: AuditQuery) => [...auditKeys.all, compactQuery(query)] as const,
};

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: auditKeys.page(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/audit', { params: { query: compactQuery(query) }, signal })),
    placeholderData: keepPreviousData,
  });

/** Every entry matching the filters as CSV (UTF-8 with BOM, opens in Excel). */
export const exportAudit = (query: AuditQuery) =>
  unwrap(api.GET('/api/v1/audit/export', { params: { query: compactQuery(query) }, parseAs: 'blob' }));
