import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../organization/user.entity';

/**
 * One refresh token of a login "family". Stored hashed; rotated on every use. Presenting a token that was
 * already rotated (or revoked) revokes its whole family: a stolen token dies with its first reuse.
 */
@Entity({ name: 'refresh_token' })
@Index('IX_refresh_token_family', ['familyId'])
@Index('IX_refresh_token_expires_at', ['expiresAt'])
export class RefreshToken {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_refresh_token_user' })
  user?: User;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** The sign-in that started the session; no token of it lives past 30 days after (absolute lifetime). */
  @Column({ name: 'session_started_at', type: 'timestamptz' })
  sessionStartedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
