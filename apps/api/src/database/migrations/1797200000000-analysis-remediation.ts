import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (analysis, responsibility, remediation): the agency responsible for a criteria node, remediation
 * tasks with their evidence, and the province's national standing (PAR INDEX, SIPAS, PAPI) per year.
 */
export class AnalysisRemediation1797200000000 implements MigrationInterface {
  name = 'AnalysisRemediation1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "criteria_node" ADD "responsible_agency" text`);
    await queryRunner.query(
      `CREATE TABLE "remediation_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "level" text, "source_key" text, "criteria_set_code" text, "lost_milli" integer, "title" text NOT NULL, "description" text, "owner_agency" text NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'not_started', "progress" integer NOT NULL DEFAULT '0', "notes" jsonb NOT NULL DEFAULT '[]', "completed_at" TIMESTAMP WITH TIME ZONE, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CK_remediation_task_progress" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "CK_remediation_task_status" CHECK ("status" IN ('not_started', 'in_progress', 'done', 'cancelled')), CONSTRAINT "PK_remediation_task" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_remediation_task_period" ON "remediation_task" ("period_id") `);
    await queryRunner.query(
      `ALTER TABLE "remediation_task" ADD CONSTRAINT "FK_remediation_task_period" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "remediation_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "file_id" uuid NOT NULL, "file_name" text NOT NULL, "uploaded_by" text, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_remediation_evidence" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_remediation_evidence_task" ON "remediation_evidence" ("task_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "remediation_evidence" ADD CONSTRAINT "FK_remediation_evidence_task" FOREIGN KEY ("task_id") REFERENCES "remediation_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "remediation_evidence" ADD CONSTRAINT "FK_remediation_evidence_file" FOREIGN KEY ("file_id") REFERENCES "evidence_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "national_standing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "index_code" text NOT NULL, "area_code" text NOT NULL DEFAULT '', "area_title" text, "value_milli" integer NOT NULL, "max_milli" integer, "rank" integer, "rank_of" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CK_national_standing_index" CHECK ("index_code" IN ('PAR_INDEX', 'SIPAS', 'PAPI')), CONSTRAINT "PK_national_standing" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_national_standing" ON "national_standing" ("year", "index_code", "area_code") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "national_standing"`);
    await queryRunner.query(`DROP TABLE "remediation_evidence"`);
    await queryRunner.query(`DROP TABLE "remediation_task"`);
    await queryRunner.query(`ALTER TABLE "criteria_node" DROP COLUMN "responsible_agency"`);
  }
}
