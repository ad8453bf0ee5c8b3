import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (year-over-year trends): a criteria set's crosswalk to the set used the year before — which of
 * that set's node codes each of its own codes continues, so a new set does not break the trend lines.
 */
export class CriteriaCrosswalk1797600000000 implements MigrationInterface {
  name = 'CriteriaCrosswalk1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "criteria_crosswalk" ("criteria_set_id" uuid NOT NULL, "previous_set_id" uuid NOT NULL, "entries" jsonb NOT NULL DEFAULT '[]', "updated_by" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_criteria_crosswalk" PRIMARY KEY ("criteria_set_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria_crosswalk" ADD CONSTRAINT "FK_criteria_crosswalk_set" FOREIGN KEY ("criteria_set_id") REFERENCES "criteria_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria_crosswalk" ADD CONSTRAINT "FK_criteria_crosswalk_previous" FOREIGN KEY ("previous_set_id") REFERENCES "criteria_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "criteria_crosswalk"`);
  }
}
