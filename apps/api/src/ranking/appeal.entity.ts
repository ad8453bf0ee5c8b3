import type { LeafInputV1 } from '@par/scoring';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';

export const APPEAL_OUTCOMES = ['upheld', 'rejected'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/**
 * An appeal (phúc khảo) a unit filed on a published period, within the period's window: one or more
 * leaves, each with a reason and evidence, each decided by the council (upheld with the corrected
 * appraised input, or rejected). Appeals never change the period's inputs: an upheld leaf is applied on top
 * of the final inputs by the appeal compute, which a new publication version then publishes.
 */
@Entity({ name: 'appeal' })
@Index('IX_appeal_period', ['periodId'])
export class Appeal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  /** The publication version the appeal is against (the latest when filed). */
  @Column({ name: 'publication_version', type: 'integer' })
  publicationVersion!: number;

  @Column({ name: 'filed_by', type: 'text' })
  filedBy!: string;

  @CreateDateColumn({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** One appealed leaf: the unit's reason, the published input, and the council's decision once made. */
@Entity({ name: 'appeal_leaf' })
@Index('UQ_appeal_leaf_unit_leaf', ['periodId', 'unitId', 'leafCode'], { unique: true })
@Index('IX_appeal_leaf_appeal', ['appealId'])
@Check('CK_appeal_leaf_outcome', `"outcome" IS NULL OR "outcome" IN ('upheld', 'rejected')`)
export class AppealLeaf {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'appeal_id', type: 'uuid' })
  appealId!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'leaf_code', type: 'text' })
  leafCode!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The final (published) input of the leaf when the appeal was filed; null when it had none. */
  @Column({ name: 'published_input', type: 'jsonb', nullable: true })
  publishedInput!: LeafInputV1 | null;

  @Column({ type: 'text', nullable: true })
  outcome!: AppealOutcome | null;

  /** Upheld: the corrected appraised input the appeal compute uses instead of the published one. */
  @Column({ name: 'corrected_input', type: 'jsonb', nullable: true })
  correctedInput!: LeafInputV1 | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

/** A file the unit attached to an appealed leaf (stored in the evidence storage, deduplicated by SHA-256). */
@Entity({ name: 'appeal_evidence' })
@Index('IX_appeal_evidence_leaf', ['appealLeafId'])
export class AppealEvidence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'appeal_leaf_id', type: 'uuid' })
  appealLeafId!: string;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
