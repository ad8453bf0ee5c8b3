import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../organization/user.entity';

export const NOTIFICATION_KINDS = ['deadline_soon', 'queue_waiting', 'units_late'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * One reminder the job decided to send, once: its key (e.g. `due:<period>:self_assessment:<unit>:7`) is the
 * primary key, so a second run — or a second API process — can never send it again.
 */
@Entity({ name: 'notification_reminder' })
export class NotificationReminder {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_notification_reminder' })
  key!: string;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'integer', default: 0 })
  recipients!: number;
}

/** An in-app notification of one user, produced by a reminder. */
@Entity({ name: 'notification' })
@Unique('UQ_notification_reminder_user', ['reminderKey', 'userId'])
@Index('IDX_notification_user', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notification' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_user' })
  user?: User;

  @Column({ name: 'reminder_key', type: 'text' })
  reminderKey!: string;

  @ManyToOne(() => NotificationReminder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_key', foreignKeyConstraintName: 'FK_notification_reminder' })
  reminder?: NotificationReminder;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'period_id', type: 'uuid', nullable: true })
  periodId!: string | null;

  @Column({ name: 'message_vi', type: 'text' })
  messageVi!: string;

  @Column({ name: 'message_en', type: 'text' })
  messageEn!: string;

  /** Where the SPA takes the user (a path of the SPA), or null. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
