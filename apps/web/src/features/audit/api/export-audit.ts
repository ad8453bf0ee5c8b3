import { useMutation } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';
import type { AuditQuery } from './types';

/** Every entry matching the filters as CSV (UTF-8 with BOM, opens in Excel). */
export const exportAudit = (query: AuditQuery) =>
  unwrap(api.GET('/api/v1/audit/export', { params: { query: compactQuery(query) }, parseAs: 'blob' }));

/** The export as a file to save (no cache involved: the screen names and saves the file). */
export const useExportAudit = (config: MutationConfig<ResultOf<typeof exportAudit>, AuditQuery> = {}) =>
  useMutation({ ...config, mutationFn: exportAudit });
