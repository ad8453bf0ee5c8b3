import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A publication (công bố) of a period: one snapshot under a decision. The public feed is serialised once,
 * here (`publicBody` and its `etag`), and served as those bytes for ever — a publication never changes.
 */
@Entity({ name: 'publication' })
@Index('UQ_publication_version', ['periodId', 'version'], { unique: true })
export class Publication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  /** 1 for the first publication; an appeal's re-publication is the next version. */
  @Column({ type: 'integer' })
  version!: number;

  /** The version this one replaces (after appeals); null for the first. */
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @Column({ name: 'snapshot_id', type: 'uuid' })
  snapshotId!: string;

  @Column({ name: 'decision_no', type: 'text' })
  decisionNo!: string;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ type: 'text', nullable: true })
  signer!: string | null;

  /** The signed decision (PDF) in the evidence storage. */
  @Column({ name: 'decision_file_id', type: 'uuid', nullable: true })
  decisionFileId!: string | null;

  /** The warnings published over, and why (required when there were any). */
  @Column({ name: 'acknowledged_warnings', type: 'jsonb' })
  acknowledgedWarnings!: unknown[];

  @Column({ name: 'acknowledgement_reason', type: 'text', nullable: true })
  acknowledgementReason!: string | null;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  /** `GET /public/periods/{id}/results`, serialised at publication. */
  @Column({ name: 'public_body', type: 'text' })
  publicBody!: string;

  @Column({ type: 'text' })
  etag!: string;
}
