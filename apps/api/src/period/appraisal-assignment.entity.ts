import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../organization/user.entity';
import { Period } from './period.entity';

/**
 * Who appraises what in one period: an appraiser (user) covers some areas (empty = every area) of some
 * units (empty = every participating unit). Covering every area of a unit makes them its council
 * secretary: they finalize it and set its bonus/penalty. Nobody ever covers their own unit.
 */
@Entity({ name: 'appraisal_assignment' })
export class AppraisalAssignment {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Period, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'FK_appraisal_assignment_period' })
  period?: Period;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_appraisal_assignment_user' })
  user?: User;

  /** Area (top-level node) codes; empty = every area. */
  @Column({ name: 'area_codes', type: 'text', array: true, default: () => "'{}'" })
  areaCodes!: string[];

  /** Unit codes; empty = every participating unit (except the appraiser's own). */
  @Column({ name: 'unit_codes', type: 'text', array: true, default: () => "'{}'" })
  unitCodes!: string[];
}
