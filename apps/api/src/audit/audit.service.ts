import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { Actor } from '../auth/principal';
import { Clock } from '../common/time/clock';
import { AuditEntry } from './audit-entry.entity';
import { auditable, diffOf } from './audit-entry.mapper';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
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
