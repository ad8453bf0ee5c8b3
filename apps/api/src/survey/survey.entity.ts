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
import { notFound } from '../common/errors/domain-error';
import { Period } from '../period/period.entity';

export const SURVEY_STATES = ['open', 'closed'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

export const surveyNotFound = () =>
  notFound({ vi: 'Kỳ đánh giá này chưa có cuộc điều tra xã hội học', en: 'This period has no survey' });

/**
 * The sociological survey (điều tra xã hội học) of one period: its window and minimum, `open` until an
 * admin closes it (the counts then become the survey leaves' inputs), reopenable until compute.
 */
@Entity({ name: 'survey' })
@Index('UQ_survey_period', ['periodId'], { unique: true })
@Check('CK_survey_state', `"state" IN ('open', 'closed')`)
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => Period, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'FK_survey_period' })
  period?: Period;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  /** Forms a rated unit needs (all groups together); fewer is a compute warning, not an error. */
  @Column({ name: 'min_responses', type: 'integer', default: 0 })
  minResponses!: number;

  @Column({ type: 'text', default: 'open' })
  state!: SurveyState;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
