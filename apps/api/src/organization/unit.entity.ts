import {
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
import { UnitType } from './unit-type.entity';

/** An evaluated unit (sở, UBND xã…) or an agency; `code` is unique and stable across years. */
@Entity({ name: 'unit' })
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Indexed by the migration (unique on lower(code) / par_fold for search); not synchronized. */
  @Index('UQ_unit_code_ci', { synchronize: false })
  @Index('IX_unit_code_fold', { synchronize: false })
  @Index('UQ_unit_code', { unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Index('IX_unit_name_fold', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'type_code', type: 'text' })
  typeCode!: string;

  @ManyToOne(() => UnitType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_code', foreignKeyConstraintName: 'FK_unit_type' })
  type?: UnitType;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_unit_parent' })
  parent?: Unit | null;

  /** Codes of the units this one replaced (a merger): year-over-year change follows them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  replaces!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
