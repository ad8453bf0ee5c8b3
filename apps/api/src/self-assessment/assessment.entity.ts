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
import { Unit } from '../organization/unit.entity';
import { Period } from '../period/period.entity';

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'returned', 'explained', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * One unit's assessment in one period: `draft` (unit edits) → `submitted` (locked; appraisal round 1) →
 * `returned` (results back to the unit; explanation window) → `explained` → `final` (locked).
 */
@Entity({ name: 'assessment' })
@Index('UQ_assessment_period_unit', ['periodId', 'unitId'], { unique: true })
@Check('CK_assessment_status', `"status" IN ('draft', 'submitted', 'returned', 'explained', 'final')`)
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => Period, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'FK_assessment_period' })
  period?: Period;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_assessment_unit' })
  unit?: Unit;

  @Column({ name: 'criteria_set_id', type: 'uuid' })
  criteriaSetId!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: AssessmentStatus;

  /** Appraised bonus and penalty points (thousandths), capped by the set when scored. */
  @Column({ name: 'bonus_milli', type: 'integer', default: 0 })
  bonusMilli!: number;

  @Column({ name: 'penalty_milli', type: 'integer', default: 0 })
  penaltyMilli!: number;

  @Column({ name: 'adjustments_comment', type: 'text', nullable: true })
  adjustmentsComment!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  /** Who signed the submission (the head's name as on the report) and the unit's report number and date. */
  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName!: string | null;

  @Column({ name: 'report_number', type: 'text', nullable: true })
  reportNumber!: string | null;

  /** The report's date (a calendar date, `YYYY-MM-DD`). */
  @Column({ name: 'report_date', type: 'date', nullable: true })
  reportDate!: string | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ name: 'explained_at', type: 'timestamptz', nullable: true })
  explainedAt!: Date | null;

  @Column({ name: 'final_at', type: 'timestamptz', nullable: true })
  finalAt!: Date | null;

  /** Final inputs came from `POST /periods/{id}/assessments/import`. */
  @Column({ type: 'boolean', default: false })
  imported!: boolean;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
