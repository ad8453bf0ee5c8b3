import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Survey } from './survey.entity';

/**
 * A respondent group (HĐND delegates, department leaders, citizens…): a quota (a target, not a cap), the
 * unit types it rates (null: all) and the survey leaves it answers (null: every survey leaf of the rated
 * unit's set).
 */
@Entity({ name: 'survey_group' })
export class SurveyGroup {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'FK_survey_group_survey' })
  survey?: Survey;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  quota!: number;

  @Column({ name: 'unit_types', type: 'text', array: true, nullable: true })
  unitTypes!: string[] | null;

  @Column({ name: 'leaf_codes', type: 'text', array: true, nullable: true })
  leafCodes!: string[] | null;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;
}
