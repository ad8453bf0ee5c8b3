import type { ResultsV1 } from '@par/scoring';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A warning of a compute: a unit below the survey minimum, or a unit with leaves that have no input. */
export type ComputeWarning =
  | { unit: string; code: 'SURVEY_BELOW_MINIMUM'; received: number; minimum: number }
  | { unit: string; code: 'MISSING_LEAVES'; leaves: string[] };

/**
 * One compute of a period, kept for ever (a trigger refuses UPDATE): the results/v1 it produced, its
 * warnings, and the SHA-256 of every input it used — publish compares the inputs as they are now with
 * `inputsHash` and answers 409 RESULTS_STALE when they differ.
 */
@Entity({ name: 'result_snapshot' })
@Index('UQ_result_snapshot_seq', ['periodId', 'seq'], { unique: true })
export class ResultSnapshot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  /** 1, 2, … per period. */
  @Column({ type: 'integer' })
  seq!: number;

  /** Computed before every unit was final (from the latest stage's inputs): never publishable. */
  @Column({ type: 'boolean' })
  provisional!: boolean;

  /** Computed after publication from the final inputs with the upheld appeal corrections applied. */
  @Column({ type: 'boolean', default: false })
  appeal!: boolean;

  @Column({ type: 'jsonb' })
  results!: ResultsV1;

  @Column({ type: 'jsonb' })
  warnings!: ComputeWarning[];

  /** SHA-256 (hex) over every input below. */
  @Column({ name: 'inputs_hash', type: 'text' })
  inputsHash!: string;

  /** SHA-256 per input: `unit:<code>`, `set:<code>`, `survey`. */
  @Column({ name: 'input_hashes', type: 'jsonb' })
  inputHashes!: Record<string, string>;

  @Column({ name: 'computed_by', type: 'text' })
  computedBy!: string;

  @CreateDateColumn({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
