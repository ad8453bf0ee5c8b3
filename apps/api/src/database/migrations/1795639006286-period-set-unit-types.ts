import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeriodSetUnitTypes1795639006286 implements MigrationInterface {
  name = 'PeriodSetUnitTypes1795639006286';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "period_criteria_set" ADD "unit_types" text array NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "period_criteria_set" DROP COLUMN "unit_types"`);
  }
}
