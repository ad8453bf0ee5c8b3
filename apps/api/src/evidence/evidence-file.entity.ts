import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One stored file, deduplicated by content (SHA-256): the same bytes are stored once. */
@Entity({ name: 'evidence_file' })
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_evidence_file_sha256', { unique: true })
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: string;

  /** Detected from the content (magic bytes), not from the name or the client's header. */
  @Column({ type: 'text' })
  mime!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
