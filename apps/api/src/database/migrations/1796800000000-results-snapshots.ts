import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResultsSnapshots1796800000000 implements MigrationInterface {
  name = 'ResultsSnapshots1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot_id" uuid NOT NULL, "decision_no" text NOT NULL, "decision_date" date NOT NULL, "signer" text, "decision_file_id" uuid, "acknowledged_warnings" jsonb NOT NULL, "acknowledgement_reason" text, "published_by" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "public_body" text NOT NULL, "etag" text NOT NULL, CONSTRAINT "PK_8aea8363d5213896a78d8365fab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_publication_version" ON "publication"  ("period_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "result_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "seq" integer NOT NULL, "provisional" boolean NOT NULL, "results" jsonb NOT NULL, "warnings" jsonb NOT NULL, "inputs_hash" text NOT NULL, "input_hashes" jsonb NOT NULL, "computed_by" text NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_386298a506d96907d5eef377f54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_result_snapshot_seq" ON "result_snapshot"  ("period_id", "seq") `,
    );
    await queryRunner.query(`ALTER TABLE "unit" ADD "replaces" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "period" ADD "tie_breakers" jsonb`);
    // Snapshots and publications are immutable: the database refuses to change or remove one.
    await queryRunner.query(
      `CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is immutable', TG_TABLE_NAME; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TR_result_snapshot_immutable" BEFORE UPDATE OR DELETE ON "result_snapshot" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "TR_publication_immutable" BEFORE UPDATE OR DELETE ON "publication" FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_publication_immutable" ON "publication"`);
    await queryRunner.query(`DROP TRIGGER "TR_result_snapshot_immutable" ON "result_snapshot"`);
    await queryRunner.query(`DROP FUNCTION "refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "unit" DROP COLUMN "replaces"`);
    await queryRunner.query(`ALTER TABLE "period" DROP COLUMN "tie_breakers"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_result_snapshot_seq"`);
    await queryRunner.query(`DROP TABLE "result_snapshot"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_publication_version"`);
    await queryRunner.query(`DROP TABLE "publication"`);
  }
}
