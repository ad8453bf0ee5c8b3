import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Unit } from '../organization/unit.entity';
import { Survey } from './survey.entity';

export const SURVEY_CHANNELS = ['online', 'paper'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** `{ "<leafCode>": "<optionCode>" }`; a form may skip a question. */
export type SurveyAnswers = Record<string, string>;

/**
 * One answered form (phiếu khảo sát). Anonymous by construction: the group, the rated unit, the answers,
 * the channel and the day it arrived — never its code, a time of day, or anything that links back to a
 * respondent. A paper form carries the serial printed on it (re-running an import is then safe).
 */
@Entity({ name: 'survey_form' })
@Index('IX_survey_form_unit', ['surveyId', 'unitId'])
@Index('UQ_survey_form_serial', ['surveyId', 'serial'], { unique: true })
@Check('CK_survey_form_channel', `"channel" IN ('online', 'paper')`)
export class SurveyForm {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'FK_survey_form_survey' })
  survey?: Survey;

  @Column({ name: 'group_code', type: 'text' })
  groupCode!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_survey_form_unit' })
  unit?: Unit;

  @Column({ type: 'text' })
  channel!: SurveyChannel;

  /** The day it arrived, in the province's time zone (no time of day). */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  /** Paper forms only: the number printed on the form. */
  @Column({ type: 'text', nullable: true })
  serial!: string | null;

  @Column({ type: 'jsonb' })
  answers!: SurveyAnswers;
}
