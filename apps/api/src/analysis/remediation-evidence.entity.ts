import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { RemediationTask } from './remediation-task.entity';

/** A file proving a remediation task's progress, kept in the evidence storage (deduplicated by SHA-256). */
@Entity({ name: 'remediation_evidence' })
@Index('IX_remediation_evidence_task', ['taskId'])
export class RemediationEvidence {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_remediation_evidence' })
  id!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => RemediationTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_remediation_evidence_task' })
  task?: RemediationTask;

  @Column({ name: 'file_id', type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => EvidenceFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'FK_remediation_evidence_file' })
  file?: EvidenceFile;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
