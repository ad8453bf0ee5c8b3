import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ActorKind = 'user' | 'api_key' | 'system' | 'anonymous';

/** One audited action. Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'audit_log' })
@Index('IX_audit_log_at', ['at'])
@Index('IX_audit_log_entity', ['entityType', 'entityId'])
@Index('IX_audit_log_action', ['action'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: ActorKind;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  /** `{ field: [before, after] }` of the fields that changed. */
  @Column({ type: 'jsonb', nullable: true })
  diff!: Record<string, [unknown, unknown]> | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
