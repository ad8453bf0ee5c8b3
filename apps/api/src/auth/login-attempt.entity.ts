import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every login attempt; failures per client in the last minute drive the 429 throttle (shared by replicas). */
@Entity({ name: 'login_attempt' })
@Index('IX_login_attempt_ip_at', ['ip', 'at'])
@Index('IX_login_attempt_at', ['at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
