import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A kind of evaluated unit (department, commune, ward, ministry…): data, not code, since the 2025 reform. */
@Entity({ name: 'unit_type' })
export class UnitType {
  /** Unique ignoring case too (index on lower(code), created by the migration). */
  @Index('UQ_unit_type_code_ci', { synchronize: false })
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
