import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { Unit } from '../organization/unit.entity';
import { Period } from './period.entity';

/** A participating unit: its ranking group, the set it is scored on, and its own deadline extension. */
@Entity({ name: 'period_unit' })
@Index('IX_period_unit_group', ['periodId', 'groupCode'])
export class PeriodUnit {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @PrimaryColumn({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => Period, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'FK_period_unit_period' })
  period?: Period;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_period_unit_unit' })
  unit?: Unit;

  /** Ranking group (e.g. `departments`, `communes`): ranks are computed inside a group. */
  @Column({ name: 'group_code', type: 'text' })
  groupCode!: string;

  @Column({ name: 'criteria_set_id', type: 'uuid' })
  criteriaSetId!: string;

  @ManyToOne(() => CriteriaSetRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criteria_set_id', foreignKeyConstraintName: 'FK_period_unit_set' })
  criteriaSet?: CriteriaSetRow;

  /** Admin's extension of the self-assessment deadline for this unit only. */
  @Column({ name: 'self_assessment_due', type: 'timestamptz', nullable: true })
  selfAssessmentDue!: Date | null;

  /** Admin's extension of the explanation window for this unit only. */
  @Column({ name: 'explanation_due', type: 'timestamptz', nullable: true })
  explanationDue!: Date | null;
}
