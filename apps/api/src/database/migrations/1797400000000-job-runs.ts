import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 23 (scale-out): one row per run of a scheduled job and time slot. Replicas claim a slot with
 * `INSERT … ON CONFLICT DO NOTHING`, so with any number of API processes each job runs once per slot.
 */
export class JobRuns1797400000000 implements MigrationInterface {
  name = 'JobRuns1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_run" ("job" text NOT NULL, "slot" bigint NOT NULL, "replica" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text, CONSTRAINT "PK_job_run" PRIMARY KEY ("job", "slot"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_run"`);
  }
}
