import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1764100000000 implements MigrationInterface {
  name = 'Initial1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_setting" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_app_setting" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "app_setting" ("key", "value") VALUES ('installation', jsonb_build_object('id', gen_random_uuid(), 'createdAt', now()))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "app_setting"`);
  }
}
