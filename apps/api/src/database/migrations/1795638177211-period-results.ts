import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeriodResults1795638177211 implements MigrationInterface {
  name = 'PeriodResults1795638177211';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "period" ADD "results" jsonb`);
    await queryRunner.query(`ALTER TABLE "period" ADD "computed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "period" DROP COLUMN "computed_at"`);
    await queryRunner.query(`ALTER TABLE "period" DROP COLUMN "results"`);
  }
}
