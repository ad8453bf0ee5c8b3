import type { ResultsV1, TieBreaker } from '@par/scoring';
import { DomainError, notFound } from '../common/errors/domain-error';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const PERIOD_STATES = [
  'setup',
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
  'computed',
  'published',
] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export const periodNotFound = () => notFound({ vi: 'Không có kỳ đánh giá này', en: 'No such period' });

/** A published period is frozen: every later write is 409 PERIOD_PUBLISHED. */
export function assertNotPublished(period: { state: PeriodState }): void {
  if (period.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
}

/** An assessment period (kỳ đánh giá): a year's run of the cycle for a set of units. */
@Entity({ name: 'period' })
@Check(
  'CK_period_state',
  `"state" IN ('setup', 'self_assessment', 'appraisal', 'explanation', 'final_appraisal', 'computed', 'published')`,
)
export class Period {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** Searched accent-insensitively (index on par_fold(name), created by the migration). */
  @Index('IX_period_name_fold', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'setup' })
  state!: PeriodState;

  @Column({ name: 'self_assessment_due', type: 'timestamptz', nullable: true })
  selfAssessmentDue!: Date | null;

  @Column({ name: 'appraisal_due', type: 'timestamptz', nullable: true })
  appraisalDue!: Date | null;

  @Column({ name: 'explanation_due', type: 'timestamptz', nullable: true })
  explanationDue!: Date | null;

  @Column({ name: 'final_appraisal_due', type: 'timestamptz', nullable: true })
  finalAppraisalDue!: Date | null;

  @Column({ name: 'decision_no', type: 'text', nullable: true })
  decisionNo!: string | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The last computed `par-index.results/v1`; frozen with the period at publication. */
  @Column({ type: 'jsonb', nullable: true })
  results!: ResultsV1 | null;

  /** Tie-breakers of the ranking (libs/scoring `TieBreaker`), in order; null = none. An input of compute. */
  @Column({ name: 'tie_breakers', type: 'jsonb', nullable: true })
  tieBreakers!: TieBreaker[] | null;

  /**
   * Appeal window (phúc khảo): days after the first publication during which a unit may file an appeal
   * (0 = no appeals). An input of nothing but the appeal routes.
   */
  @Column({ name: 'appeal_days', type: 'integer', default: 15 })
  appealDays!: number;

  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
