import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Survey1796664744571 implements MigrationInterface {
  name = 'Survey1796664744571';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "min_responses" integer NOT NULL DEFAULT '0', "state" text NOT NULL DEFAULT 'open', "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CK_survey_state" CHECK ("state" IN ('open', 'closed')), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_survey_period" ON "survey"  ("period_id") `);
    await queryRunner.query(
      `CREATE TABLE "survey_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "group_code" text NOT NULL, "unit_id" uuid NOT NULL, "code_hash" text NOT NULL, "used" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2d1a91d0197d3bfb5aece56a6df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_survey_code_survey" ON "survey_code"  ("survey_id", "group_code", "unit_id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_survey_code_hash" ON "survey_code"  ("code_hash") `);
    await queryRunner.query(
      `CREATE TABLE "survey_form" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "group_code" text NOT NULL, "unit_id" uuid NOT NULL, "channel" text NOT NULL, "received_on" date NOT NULL, "serial" text, "answers" jsonb NOT NULL, CONSTRAINT "CK_survey_form_channel" CHECK ("channel" IN ('online', 'paper')), CONSTRAINT "PK_09e7f5d02b855a284fea0658609" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_survey_form_serial" ON "survey_form"  ("survey_id", "serial") `,
    );
    await queryRunner.query(`CREATE INDEX "IX_survey_form_unit" ON "survey_form"  ("survey_id", "unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "survey_group" ("survey_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "quota" integer NOT NULL, "unit_types" text array, "leaf_codes" text array, "sort_order" integer NOT NULL, CONSTRAINT "PK_f83527b0bbf7ed5e8fee0b55ae0" PRIMARY KEY ("survey_id", "code"))`,
    );
    await queryRunner.query(`ALTER TABLE "assessment_item" ADD "survey_input" jsonb`);
    await queryRunner.query(`ALTER TABLE "assessment_item" ADD "survey_points_milli" integer`);
    await queryRunner.query(`ALTER TABLE "assessment_item" ADD "survey_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_survey_period" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_code" ADD CONSTRAINT "FK_survey_code_survey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_code" ADD CONSTRAINT "FK_survey_code_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_form" ADD CONSTRAINT "FK_survey_form_survey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_form" ADD CONSTRAINT "FK_survey_form_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_group" ADD CONSTRAINT "FK_survey_group_survey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_group" DROP CONSTRAINT "FK_survey_group_survey"`);
    await queryRunner.query(`ALTER TABLE "survey_form" DROP CONSTRAINT "FK_survey_form_unit"`);
    await queryRunner.query(`ALTER TABLE "survey_form" DROP CONSTRAINT "FK_survey_form_survey"`);
    await queryRunner.query(`ALTER TABLE "survey_code" DROP CONSTRAINT "FK_survey_code_unit"`);
    await queryRunner.query(`ALTER TABLE "survey_code" DROP CONSTRAINT "FK_survey_code_survey"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_survey_period"`);
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP COLUMN "survey_at"`);
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP COLUMN "survey_points_milli"`);
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP COLUMN "survey_input"`);
    await queryRunner.query(`DROP TABLE "survey_group"`);
    await queryRunner.query(`DROP INDEX "public"."IX_survey_form_unit"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_survey_form_serial"`);
    await queryRunner.query(`DROP TABLE "survey_form"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_survey_code_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IX_survey_code_survey"`);
    await queryRunner.query(`DROP TABLE "survey_code"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_survey_period"`);
    await queryRunner.query(`DROP TABLE "survey"`);
  }
}
