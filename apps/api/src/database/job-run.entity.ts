import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One run of a scheduled job in one time slot, claimed by exactly one API process (see job-schedule.ts). */
@Entity({ name: 'job_run' })
export class JobRun {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_job_run' })
  job!: string;

  /** `floor(epoch ms / interval ms)`: the slot the run belongs to. */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_job_run' })
  slot!: string;

  /** Which process ran it (host name and pid). */
  @Column({ type: 'text' })
  replica!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** `ok`, `skipped` or the error message. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;
}
