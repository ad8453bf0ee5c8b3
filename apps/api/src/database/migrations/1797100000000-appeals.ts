import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, appeals (phúc khảo): the period's appeal window, appeals with their leaves and evidence,
 * appeal snapshots, publication versions linked to the one they supersede; ranking groups of a period
 * (names, bands) as a resource of their own.
 */
export class Appeals1797100000000 implements MigrationInterface {
  name = 'Appeals1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "period" ADD "appeal_days" integer NOT NULL DEFAULT 15`);
    await queryRunner.query(`ALTER TABLE "result_snapshot" ADD "appeal" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "publication" ADD "supersedes_id" uuid`);
    await queryRunner.query(
      `CREATE TABLE "appeal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_code" text NOT NULL, "publication_version" integer NOT NULL, "filed_by" text NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT 1, CONSTRAINT "PK_appeal" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_appeal_period" ON "appeal" ("period_id") `);
    await queryRunner.query(
      `CREATE TABLE "appeal_leaf" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appeal_id" uuid NOT NULL, "period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "leaf_code" text NOT NULL, "reason" text NOT NULL, "published_input" jsonb, "outcome" text, "corrected_input" jsonb, "decision_reason" text, "decided_by" text, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CK_appeal_leaf_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('upheld', 'rejected')), CONSTRAINT "PK_appeal_leaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_appeal_leaf_unit_leaf" ON "appeal_leaf" ("period_id", "unit_id", "leaf_code") `,
    );
    await queryRunner.query(`CREATE INDEX "IX_appeal_leaf_appeal" ON "appeal_leaf" ("appeal_id") `);
    await queryRunner.query(
      `CREATE TABLE "appeal_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "appeal_leaf_id" uuid NOT NULL, "file_id" uuid NOT NULL, "file_name" text NOT NULL, "uploaded_by" text, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_appeal_evidence" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_appeal_evidence_leaf" ON "appeal_evidence" ("appeal_leaf_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "period_ranking_group" ("period_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "position" integer NOT NULL, "bands" jsonb, CONSTRAINT "PK_period_ranking_group" PRIMARY KEY ("period_id", "code"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "period_ranking_group"`);
    await queryRunner.query(`DROP TABLE "appeal_evidence"`);
    await queryRunner.query(`DROP TABLE "appeal_leaf"`);
    await queryRunner.query(`DROP TABLE "appeal"`);
    await queryRunner.query(`ALTER TABLE "publication" DROP COLUMN "supersedes_id"`);
    await queryRunner.query(`ALTER TABLE "result_snapshot" DROP COLUMN "appeal"`);
    await queryRunner.query(`ALTER TABLE "period" DROP COLUMN "appeal_days"`);
  }
}
