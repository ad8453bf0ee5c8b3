import type { Role } from '@par/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Unit } from './unit.entity';

/** An account. Unit roles belong to one unit; appraisers are scoped to areas and/or their lead agency. */
@Entity({ name: 'app_user' })
@Check(
  'CK_app_user_role',
  `"role" IN ('admin', 'appraiser', 'unit_head', 'unit_editor', 'surveyor', 'viewer')`,
)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique case-insensitively (index on lower(username), created by the migration). */
  @Index('IX_app_user_username_fold', { synchronize: false })
  @Index('UQ_app_user_username', { synchronize: false })
  @Column({ type: 'text' })
  username!: string;

  @Index('IX_app_user_full_name_fold', { synchronize: false })
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Where the reminder digest is mailed (optional; only when SMTP is configured). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_app_user_unit' })
  unit?: Unit | null;

  /** Area (top-level node) codes an appraiser reviews; `*` for every area. */
  @Column({ name: 'area_codes', type: 'text', array: true, default: () => "'{}'" })
  areaCodes!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /** Bumped on password change, reset, disable: access tokens carrying an older value stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 1 })
  tokenVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
