import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from '../auth/principal';
import { Clock } from '../common/time/clock';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
}

const SECRET_FIELDS = new Set(['passwordHash', 'keyHash', 'tokenHash', 'password', 'key', 'refreshToken']);

/** Plain JSON of an entity or object, secrets removed, dates as ISO strings. */
export function auditable(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_FIELDS.has(k) || typeof v === 'function') continue;
    if (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)) continue; // relations
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** `{ field: [before, after] }` for the fields whose JSON differs. */
export function diffOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> | null {
  if (!before && !after) return null;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const diff: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'version') continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) diff[key] = [a, b];
  }
  return Object.keys(diff).length ? diff : null;
}

/** Writes the audit log, always inside the caller's transaction so the change and its record commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    const before = auditable(record.before);
    const after = auditable(record.after);
    const principal = actor.principal;
    const entry: Omit<AuditEntry, 'id'> = {
      at: this.clock.now(),
      actorKind: principal ? principal.kind : actor.ip ? 'anonymous' : 'system',
      actorId: principal?.id ?? null,
      actorName: principal ? (principal.kind === 'user' ? principal.username : principal.name) : null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      before,
      after,
      diff: diffOf(before, after),
      ip: actor.ip,
      requestId: actor.requestId,
    };
    // jsonb columns typed as records defeat TypeORM's deep-partial typing; the shape is checked above.
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values(entry as QueryDeepPartialEntity<AuditEntry>)
      .execute();
  }
}
