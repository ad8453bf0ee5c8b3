import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a creating request sent with `Idempotency-Key`, so that a retry gets it again.
 * Keyed by who called (`user:<id>` / `api_key:<id>`) and the key; kept 24 hours.
 */
@Entity({ name: 'idempotency_key' })
@Check('CK_idempotency_key_state', `"state" IN ('pending', 'done')`)
export class IdempotencyKey {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_idempotency_key' })
  scope!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_idempotency_key' })
  key!: string;

  /** SHA-256 of method, path, query and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  /** `pending` while the first request runs, `done` once its answer is stored. */
  @Column({ type: 'text', default: 'pending' })
  state!: 'pending' | 'done';

  @Column({ type: 'integer', nullable: true })
  status!: number | null;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  /** The JSON answer as sent (text, so its key order is kept). */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Index('IX_idempotency_key_expires')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
