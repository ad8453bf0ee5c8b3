import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 19: who appraises which areas of which units in a period. */
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "appraisal_assignment"`);
  }
}
