import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const NATIONAL_INDEXES = ['PAR_INDEX', 'SIPAS', 'PAPI'] as const;
export type NationalIndex = (typeof NATIONAL_INDEXES)[number];

/**
 * The province's own national standing in one year: a national index (PAR INDEX, SIPAS, PAPI) in total
 * (`areaCode` '') or for one of its areas, its value (thousandths) and rank among `rankOf` provinces.
 */
@Entity({ name: 'national_standing' })
@Index('UQ_national_standing', ['year', 'indexCode', 'areaCode'], { unique: true })
@Check('CK_national_standing_index', `"index_code" IN ('PAR_INDEX', 'SIPAS', 'PAPI')`)
export class NationalStanding {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_national_standing' })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'index_code', type: 'text' })
  indexCode!: NationalIndex;

  /** '' for the index's total, else the area's code (e.g. `3` or `TTHC`). */
  @Column({ name: 'area_code', type: 'text', default: '' })
  areaCode!: string;

  @Column({ name: 'area_title', type: 'text', nullable: true })
  areaTitle!: string | null;

  /** The value (points or percent) in thousandths. */
  @Column({ name: 'value_milli', type: 'integer' })
  valueMilli!: number;

  /** The area's maximum, when the index publishes one (thousandths). */
  @Column({ name: 'max_milli', type: 'integer', nullable: true })
  maxMilli!: number | null;

  @Column({ type: 'integer', nullable: true })
  rank!: number | null;

  /** Provinces ranked (63 before, 34 after the 2025 merger). */
  @Column({ name: 'rank_of', type: 'integer', nullable: true })
  rankOf!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
