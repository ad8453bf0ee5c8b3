import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CriteriaSetRow } from '../criteria/criteria-set.entity';

/** One node of a set and the codes of the previous set it continues (empty: new, no history). */
export interface CrosswalkEntry {
  code: string;
  previous: string[];
}

/**
 * A criteria set's crosswalk to the set used the year before: the codes listed map to the previous set's
 * codes; every other code continues the same code when the previous set has it (identity by code).
 */
@Entity({ name: 'criteria_crosswalk' })
export class CriteriaCrosswalk {
  @PrimaryColumn({ name: 'criteria_set_id', type: 'uuid', primaryKeyConstraintName: 'PK_criteria_crosswalk' })
  criteriaSetId!: string;

  @ManyToOne('CriteriaSetRow', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criteria_set_id', foreignKeyConstraintName: 'FK_criteria_crosswalk_set' })
  criteriaSet?: CriteriaSetRow;

  @Column({ name: 'previous_set_id', type: 'uuid' })
  previousSetId!: string;

  @ManyToOne('CriteriaSetRow', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'previous_set_id', foreignKeyConstraintName: 'FK_criteria_crosswalk_previous' })
  previousSet?: CriteriaSetRow;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  entries!: CrosswalkEntry[];

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
