import type { BandV1 } from '@par/scoring';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UnitType } from '../organization/unit-type.entity';
import { CriteriaNodeRow } from './criteria-node.entity';

export const CRITERIA_SET_STATUSES = ['draft', 'published', 'archived'] as const;
export type CriteriaSetStatus = (typeof CRITERIA_SET_STATUSES)[number];

/** A year's criteria set (bộ tiêu chí) for one unit type. Published sets are frozen. */
@Entity({ name: 'criteria_set' })
@Check('CK_criteria_set_status', `"status" IN ('draft', 'published', 'archived')`)
export class CriteriaSetRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Indexed by the migration (unique on lower(code) / par_fold for search); not synchronized. */
  @Index('UQ_criteria_set_code_ci', { synchronize: false })
  @Index('UQ_criteria_set_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Index('IX_criteria_set_name_fold', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'unit_type', type: 'text' })
  unitType!: string;

  @ManyToOne(() => UnitType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_type', foreignKeyConstraintName: 'FK_criteria_set_unit_type' })
  unitTypeRow?: UnitType;

  /** The decision that issued it, e.g. "Quyết định số 123/QĐ-UBND ngày 15/01/2026". */
  @Column({ name: 'source_decision', type: 'text', nullable: true })
  sourceDecision!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  bands!: BandV1[];

  @Column({ name: 'bonus_max_milli', type: 'integer', nullable: true })
  bonusMaxMilli!: number | null;

  @Column({ name: 'penalty_max_milli', type: 'integer', nullable: true })
  penaltyMaxMilli!: number | null;

  @Column({ type: 'text', default: 'draft' })
  status!: CriteriaSetStatus;

  @Column({ name: 'cloned_from_id', type: 'uuid', nullable: true })
  clonedFromId!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @OneToMany(() => CriteriaNodeRow, (node) => node.set)
  nodes?: CriteriaNodeRow[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
