import type { BandV1 } from '@par/scoring';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A ranking group (nhóm xếp hạng) of a period: its names and, optionally, bands of its own. Membership is
 * the participating unit's `period_unit.group_code` (one source of truth for compute, tables and feed);
 * a period without rows here has the default groups, one per group code, named by the code.
 */
@Entity({ name: 'period_ranking_group' })
export class PeriodRankingGroup {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  /** Vietnamese name (shown first), e.g. "Khối sở, ban, ngành". */
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  /** Order of the groups in tables and the feed. */
  @Column({ type: 'integer' })
  position!: number;

  /** Bands for this group's units instead of the set's (or the period's); null = those. */
  @Column({ type: 'jsonb', nullable: true })
  bands!: BandV1[] | null;
}
