import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 (assessment integrity): who appraises which areas of which units in a period; leaves that may be
 * not applicable or receive indicator pushes; pushed figures beside the unit's entry; who signed what.
 */
export class AppraisalAssignments1796900000000 implements MigrationInterface {
  name = 'AppraisalAssignments1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "appraisal_assignment" ("period_id" uuid NOT NULL, "user_id" uuid NOT NULL, "area_codes" text array NOT NULL DEFAULT '{}', "unit_codes" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_appraisal_assignment" PRIMARY KEY ("period_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "appraisal_assignment" ADD CONSTRAINT "FK_appraisal_assignment_period" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appraisal_assignment" ADD CONSTRAINT "FK_appraisal_assignment_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria_node" ADD "not_applicable_allowed" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "criteria_node" ADD "indicator" text`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "head_name" text`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "report_number" text`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "report_date" date`);
    await queryRunner.query(`ALTER TABLE "assessment_item" ADD "indicator_input" jsonb`);
    await queryRunner.query(`ALTER TABLE "assessment_item" ADD "indicator_source" text`);
    await queryRunner.query(`ALTER TABLE "assessment_item" ADD "indicator_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP COLUMN "indicator_at"`);
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP COLUMN "indicator_source"`);
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP COLUMN "indicator_input"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "report_date"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "report_number"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "head_name"`);
    await queryRunner.query(`ALTER TABLE "criteria_node" DROP COLUMN "indicator"`);
    await queryRunner.query(`ALTER TABLE "criteria_node" DROP COLUMN "not_applicable_allowed"`);
    await queryRunner.query(`DROP TABLE "appraisal_assignment"`);
  }
}
