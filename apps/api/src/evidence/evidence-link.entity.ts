import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AssessmentItem } from '../self-assessment/assessment-item.entity';
import { EvidenceFile } from './evidence-file.entity';

/** A file attached to an assessment item, for the self-assessment or for the explanation round. */
@Entity({ name: 'evidence_link' })
@Index('IX_evidence_link_item', ['itemId'])
@Check('CK_evidence_link_stage', `"stage" IN ('self', 'explanation')`)
export class EvidenceLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => AssessmentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_evidence_link_item' })
  item?: AssessmentItem;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => EvidenceFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'FK_evidence_link_file' })
  file?: EvidenceFile;

  @Column({ type: 'text' })
  stage!: 'self' | 'explanation';

  /** The uploaded name, sanitized (no path, no control characters). */
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
