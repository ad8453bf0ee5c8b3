import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Unit } from '../organization/unit.entity';
import { Survey } from './survey.entity';

/**
 * A one-time answering code for a form about one unit by one group. Only the SHA-256 of the code is kept,
 * and of its use only that it happened: no time, no link to the form it produced (anonymity).
 */
@Entity({ name: 'survey_code' })
@Index('UQ_survey_code_hash', ['codeHash'], { unique: true })
@Index('IX_survey_code_survey', ['surveyId', 'groupCode', 'unitId'])
export class SurveyCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'FK_survey_code_survey' })
  survey?: Survey;

  @Column({ name: 'group_code', type: 'text' })
  groupCode!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_survey_code_unit' })
  unit?: Unit;

  /** Hex SHA-256 of the normalized code; the code itself is shown once and never stored. */
  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ type: 'boolean', default: false })
  used!: boolean;
}
