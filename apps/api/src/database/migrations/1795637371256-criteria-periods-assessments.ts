import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CriteriaPeriodsAssessments1795637371256 implements MigrationInterface {
  name = 'CriteriaPeriodsAssessments1795637371256';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "name" text NOT NULL, "state" text NOT NULL DEFAULT 'setup', "self_assessment_due" TIMESTAMP WITH TIME ZONE, "appraisal_due" TIMESTAMP WITH TIME ZONE, "explanation_due" TIMESTAMP WITH TIME ZONE, "final_appraisal_due" TIMESTAMP WITH TIME ZONE, "decision_no" text, "decision_date" date, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CK_period_state" CHECK ("state" IN ('setup', 'self_assessment', 'appraisal', 'explanation', 'final_appraisal', 'computed', 'published')), CONSTRAINT "PK_cabecec858892ab647cd28673b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "criteria_set_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "bonus_milli" integer NOT NULL DEFAULT '0', "penalty_milli" integer NOT NULL DEFAULT '0', "adjustments_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "returned_at" TIMESTAMP WITH TIME ZONE, "explained_at" TIMESTAMP WITH TIME ZONE, "final_at" TIMESTAMP WITH TIME ZONE, "imported" boolean NOT NULL DEFAULT false, "reopen_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CK_assessment_status" CHECK ("status" IN ('draft', 'submitted', 'returned', 'explained', 'final')), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_assessment_period_unit" ON "assessment"  ("period_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "leaf_code" text NOT NULL, "self_input" jsonb, "self_points_milli" integer, "self_note" text, "self_source" text, "self_by" text, "self_at" TIMESTAMP WITH TIME ZONE, "r1_input" jsonb, "r1_points_milli" integer, "r1_comment" text, "r1_by" text, "r1_at" TIMESTAMP WITH TIME ZONE, "explanation" text, "explanation_by" text, "explanation_at" TIMESTAMP WITH TIME ZONE, "r2_input" jsonb, "r2_points_milli" integer, "r2_comment" text, "r2_by" text, "r2_at" TIMESTAMP WITH TIME ZONE, "final_input" jsonb, "final_points_milli" integer, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6d92f5d1cfbbd7c4e251e02cf3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_assessment_item_leaf" ON "assessment_item"  ("assessment_id", "leaf_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "criteria_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "year" integer NOT NULL, "unit_type" text NOT NULL, "source_decision" text, "bands" jsonb NOT NULL DEFAULT '[]', "bonus_max_milli" integer, "penalty_max_milli" integer, "status" text NOT NULL DEFAULT 'draft', "cloned_from_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CK_criteria_set_status" CHECK ("status" IN ('draft', 'published', 'archived')), CONSTRAINT "PK_6717d6b7309a910d3f19f558c04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_criteria_set_code" ON "criteria_set"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "criteria_node" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "set_id" uuid NOT NULL, "code" text NOT NULL, "parent_code" text, "sort_order" integer NOT NULL, "title" text NOT NULL, "max_milli" integer NOT NULL, "source" text, "rule" jsonb, "guidance" text, "evidence_hint" text, "lead_agency" text, CONSTRAINT "PK_9f489e36495c1a75a55c01a1a91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_criteria_node_parent" ON "criteria_node"  ("set_id", "parent_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_criteria_node_code" ON "criteria_node"  ("set_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sha256" text NOT NULL, "size_bytes" bigint NOT NULL, "mime" text NOT NULL, "storage_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_evidence_file_sha256" ON "evidence_file"  ("sha256") `);
    await queryRunner.query(
      `CREATE TABLE "evidence_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "file_id" uuid NOT NULL, "stage" text NOT NULL, "file_name" text NOT NULL, "uploaded_by" text, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CK_evidence_link_stage" CHECK ("stage" IN ('self', 'explanation')), CONSTRAINT "PK_2ba79badd83902cc99f713f1d33" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_evidence_link_item" ON "evidence_link"  ("item_id") `);
    await queryRunner.query(
      `CREATE TABLE "period_criteria_set" ("period_id" uuid NOT NULL, "criteria_set_id" uuid NOT NULL, "bands" jsonb, CONSTRAINT "PK_fa314053464cad3ae70cbcfe3ba" PRIMARY KEY ("period_id", "criteria_set_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "period_unit" ("period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "group_code" text NOT NULL, "criteria_set_id" uuid NOT NULL, "self_assessment_due" TIMESTAMP WITH TIME ZONE, "explanation_due" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c75756876b2dc52819c1d52ea96" PRIMARY KEY ("period_id", "unit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_period_unit_group" ON "period_unit"  ("period_id", "group_code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_assessment_period" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_assessment_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_item" ADD CONSTRAINT "FK_assessment_item_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria_set" ADD CONSTRAINT "FK_criteria_set_unit_type" FOREIGN KEY ("unit_type") REFERENCES "unit_type"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria_node" ADD CONSTRAINT "FK_criteria_node_set" FOREIGN KEY ("set_id") REFERENCES "criteria_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_link" ADD CONSTRAINT "FK_evidence_link_item" FOREIGN KEY ("item_id") REFERENCES "assessment_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_link" ADD CONSTRAINT "FK_evidence_link_file" FOREIGN KEY ("file_id") REFERENCES "evidence_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_criteria_set" ADD CONSTRAINT "FK_period_criteria_set_period" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_criteria_set" ADD CONSTRAINT "FK_period_criteria_set_set" FOREIGN KEY ("criteria_set_id") REFERENCES "criteria_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_unit" ADD CONSTRAINT "FK_period_unit_period" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_unit" ADD CONSTRAINT "FK_period_unit_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "period_unit" ADD CONSTRAINT "FK_period_unit_set" FOREIGN KEY ("criteria_set_id") REFERENCES "criteria_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "period_unit" DROP CONSTRAINT "FK_period_unit_set"`);
    await queryRunner.query(`ALTER TABLE "period_unit" DROP CONSTRAINT "FK_period_unit_unit"`);
    await queryRunner.query(`ALTER TABLE "period_unit" DROP CONSTRAINT "FK_period_unit_period"`);
    await queryRunner.query(`ALTER TABLE "period_criteria_set" DROP CONSTRAINT "FK_period_criteria_set_set"`);
    await queryRunner.query(
      `ALTER TABLE "period_criteria_set" DROP CONSTRAINT "FK_period_criteria_set_period"`,
    );
    await queryRunner.query(`ALTER TABLE "evidence_link" DROP CONSTRAINT "FK_evidence_link_file"`);
    await queryRunner.query(`ALTER TABLE "evidence_link" DROP CONSTRAINT "FK_evidence_link_item"`);
    await queryRunner.query(`ALTER TABLE "criteria_node" DROP CONSTRAINT "FK_criteria_node_set"`);
    await queryRunner.query(`ALTER TABLE "criteria_set" DROP CONSTRAINT "FK_criteria_set_unit_type"`);
    await queryRunner.query(`ALTER TABLE "assessment_item" DROP CONSTRAINT "FK_assessment_item_assessment"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_assessment_unit"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_assessment_period"`);
    await queryRunner.query(`DROP INDEX "public"."IX_period_unit_group"`);
    await queryRunner.query(`DROP TABLE "period_unit"`);
    await queryRunner.query(`DROP TABLE "period_criteria_set"`);
    await queryRunner.query(`DROP INDEX "public"."IX_evidence_link_item"`);
    await queryRunner.query(`DROP TABLE "evidence_link"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evidence_file_sha256"`);
    await queryRunner.query(`DROP TABLE "evidence_file"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_criteria_node_code"`);
    await queryRunner.query(`DROP INDEX "public"."IX_criteria_node_parent"`);
    await queryRunner.query(`DROP TABLE "criteria_node"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_criteria_set_code"`);
    await queryRunner.query(`DROP TABLE "criteria_set"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_assessment_item_leaf"`);
    await queryRunner.query(`DROP TABLE "assessment_item"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_assessment_period_unit"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TABLE "period"`);
  }
}
