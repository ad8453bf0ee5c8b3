import type { BandV1 } from '@par/scoring';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { Period } from './period.entity';

/** The set a period uses for one unit type, with the period's own classification bands if they differ. */
@Entity({ name: 'period_criteria_set' })
export class PeriodCriteriaSet {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @PrimaryColumn({ name: 'criteria_set_id', type: 'uuid' })
  criteriaSetId!: string;

  @ManyToOne(() => Period, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'FK_period_criteria_set_period' })
  period?: Period;

  @ManyToOne(() => CriteriaSetRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criteria_set_id', foreignKeyConstraintName: 'FK_period_criteria_set_set' })
  criteriaSet?: CriteriaSetRow;

  /** Unit types scored on this set in this period (one set may serve communes and wards). */
  @Column({ name: 'unit_types', type: 'text', array: true, default: () => "'{}'" })
  unitTypes!: string[];

  /** Bands overriding the set's for this period (null: the set's). */
  @Column({ type: 'jsonb', nullable: true })
  bands!: BandV1[] | null;
}
