import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One throttling counter (login per network, per account, password change, evidence uploads…), shared by
 * every API replica. Counted with one atomic upsert before the expensive work, so a parallel burst is counted
 * in full. Rows whose window ended long ago are purged by the scheduled cleanup.
 */
@Entity({ name: 'rate_limit' })
@Index('IX_rate_limit_window_start', ['windowStart'])
export class RateLimit {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_rate_limit_key' })
  key!: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  count!: number;

  /** A growing delay after repeated failures: no attempt is looked at before this instant. */
  @Column({ name: 'next_allowed_at', type: 'timestamptz' })
  nextAllowedAt!: Date;
}
