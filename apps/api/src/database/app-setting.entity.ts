import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Installation-wide settings and markers (e.g. `installation`, `demo_seeded`). */
@Entity({ name: 'app_setting' })
export class AppSetting {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
