import type { LeafInputV1 } from '@par/scoring';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Assessment } from './assessment.entity';

/**
 * One leaf of one unit's assessment through every stage: the unit's self-assessment, appraisal round 1,
 * the unit's explanation, round 2, and the final input. Points are thousandths computed by libs/scoring,
 * never taken from the client. `version` guards every write (a stale one is 409).
 */
@Entity({ name: 'assessment_item' })
@Index('UQ_assessment_item_leaf', ['assessmentId', 'leafCode'], { unique: true })
export class AssessmentItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'FK_assessment_item_assessment' })
  assessment?: Assessment;

  @Column({ name: 'leaf_code', type: 'text' })
  leafCode!: string;

  // Self-assessment (tự đánh giá)
  @Column({ name: 'self_input', type: 'jsonb', nullable: true })
  selfInput!: LeafInputV1 | null;

  @Column({ name: 'self_points_milli', type: 'integer', nullable: true })
  selfPointsMilli!: number | null;

  @Column({ name: 'self_note', type: 'text', nullable: true })
  selfNote!: string | null;

  /**
   * Figures a provincial system pushed into an indicator leaf, kept as their own source beside the unit's
   * entry. Precedence: the unit's own entry counts; pushed figures count only while the unit has none.
   */
  @Column({ name: 'indicator_input', type: 'jsonb', nullable: true })
  indicatorInput!: LeafInputV1 | null;

  @Column({ name: 'indicator_source', type: 'text', nullable: true })
  indicatorSource!: string | null;

  @Column({ name: 'indicator_at', type: 'timestamptz', nullable: true })
  indicatorAt!: Date | null;

  /** Where the figures came from when not typed by the unit, e.g. `api-key:Hệ thống một cửa`. */
  @Column({ name: 'self_source', type: 'text', nullable: true })
  selfSource!: string | null;

  @Column({ name: 'self_by', type: 'text', nullable: true })
  selfBy!: string | null;

  @Column({ name: 'self_at', type: 'timestamptz', nullable: true })
  selfAt!: Date | null;

  // Appraisal round 1 (thẩm định vòng 1)
  @Column({ name: 'r1_input', type: 'jsonb', nullable: true })
  round1Input!: LeafInputV1 | null;

  @Column({ name: 'r1_points_milli', type: 'integer', nullable: true })
  round1PointsMilli!: number | null;

  @Column({ name: 'r1_comment', type: 'text', nullable: true })
  round1Comment!: string | null;

  @Column({ name: 'r1_by', type: 'text', nullable: true })
  round1By!: string | null;

  @Column({ name: 'r1_at', type: 'timestamptz', nullable: true })
  round1At!: Date | null;

  // The unit's explanation (giải trình)
  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ name: 'explanation_by', type: 'text', nullable: true })
  explanationBy!: string | null;

  @Column({ name: 'explanation_at', type: 'timestamptz', nullable: true })
  explanationAt!: Date | null;

  // Appraisal round 2 (thẩm định vòng 2)
  @Column({ name: 'r2_input', type: 'jsonb', nullable: true })
  round2Input!: LeafInputV1 | null;

  @Column({ name: 'r2_points_milli', type: 'integer', nullable: true })
  round2PointsMilli!: number | null;

  @Column({ name: 'r2_comment', type: 'text', nullable: true })
  round2Comment!: string | null;

  @Column({ name: 'r2_by', type: 'text', nullable: true })
  round2By!: string | null;

  @Column({ name: 'r2_at', type: 'timestamptz', nullable: true })
  round2At!: Date | null;

  // The period's survey (điều tra xã hội học): the counts written when the survey closes — a stage of its
  // own, never an appraisal adjustment (survey leaves only).
  @Column({ name: 'survey_input', type: 'jsonb', nullable: true })
  surveyInput!: LeafInputV1 | null;

  @Column({ name: 'survey_points_milli', type: 'integer', nullable: true })
  surveyPointsMilli!: number | null;

  @Column({ name: 'survey_at', type: 'timestamptz', nullable: true })
  surveyAt!: Date | null;

  /** The input that counts now: round 2, else round 1, else the self-assessment (or an imported final). */
  @Column({ name: 'final_input', type: 'jsonb', nullable: true })
  finalInput!: LeafInputV1 | null;

  @Column({ name: 'final_points_milli', type: 'integer', nullable: true })
  finalPointsMilli!: number | null;

  /** 0 for a row created empty (e.g. by an evidence upload); every write of the item adds one. */
  @VersionColumn({ default: 1 })
  version!: number;
}
