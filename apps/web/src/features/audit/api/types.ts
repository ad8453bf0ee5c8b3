import type { components, operations } from '@par/contracts';

export type AuditEntry = components['schemas']['AuditEntryDto'];
export type AuditQuery = NonNullable<operations['listAudits']['parameters']['query']>;
