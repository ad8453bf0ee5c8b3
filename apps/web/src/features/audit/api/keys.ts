import { compactQuery } from '../../../lib/api-client';
import type { AuditQuery } from './types';

export const auditKeys = {
  all: ['audit'] as const,
  page: (query: AuditQuery) => [...auditKeys.all, compactQuery(query)] as const,
};
