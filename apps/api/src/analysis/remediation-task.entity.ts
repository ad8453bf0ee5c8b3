import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Period } from '../period/period.entity';

export const REMEDIATION_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

/** What a lost-points row a task was created from was (`agency` and `penalty` rows included). */
export const REMEDIATION_LEVELS = ['leaf', 'criterion', 'area', 'agency', 'penalty', 'national'] as const;
export type RemediationLevel = (typeof REMEDIATION_LEVELS)[number];

/** One progress note: when, who, what, and the status and progress from then on (the task's history). */
export interface ProgressNote {
  at: string;
  by: string;
  text: string;
  progress: number;
  status: RemediationStatus;
}

/**
 * A remediation task (*nhiệm vụ khắc phục*) of a period's plan: tied to what lost points (a leaf, criterion,
 * area, agency or the penalty row — the figures as they were when it was created), owned by any agency
 * (evaluated or not: free text), with a due date, status, progress and notes. Optimistic concurrency by
 * `version`; every change audited.
 */
@Entity({ name: 'remediation_task' })
@Index('IX_remediation_task_period', ['periodId'])
@Check('CK_remediation_task_status', `"status" IN ('not_started', 'in_progress', 'done', 'cancelled')`)
@Check('CK_remediation_task_progress', `"progress" BETWEEN 0 AND 100`)
export class RemediationTask {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_remediation_task' })
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => Period, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'FK_remediation_task_period' })
  period?: Period;

  @Column({ type: 'text', nullable: true })
  level!: RemediationLevel | null;

  /** The row's key: a node code, an agency, `penalty`, or a national index area. */
  @Column({ name: 'source_key', type: 'text', nullable: true })
  sourceKey!: string | null;

  @Column({ name: 'criteria_set_code', type: 'text', nullable: true })
  criteriaSetCode!: string | null;

  /** Points lost there when the task was created (thousandths). */
  @Column({ name: 'lost_milli', type: 'integer', nullable: true })
  lostMilli!: number | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Any agency, evaluated or not (police, central agencies): a unit code or a name. */
  @Column({ name: 'owner_agency', type: 'text' })
  ownerAgency!: string;

  /** A calendar date: the task is overdue after the end of that day in the province's time zone. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text', default: 'not_started' })
  status!: RemediationStatus;

  /** 0–100 %. */
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  notes!: ProgressNote[];

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  /** The server's clock at creation (the report by a date leaves out tasks created after it). */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
