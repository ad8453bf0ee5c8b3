import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795636487124 implements MigrationInterface {
  name = 'Identity1795636487124';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_kind" text NOT NULL, "actor_id" text, "actor_name" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "diff" jsonb, "ip" text, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_audit_log_action" ON "audit_log"  ("action") `);
    await queryRunner.query(
      `CREATE INDEX "IX_audit_log_entity" ON "audit_log"  ("entity_type", "entity_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IX_audit_log_at" ON "audit_log"  ("at") `);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "scopes" text array NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_key_prefix" ON "api_key"  ("prefix") `);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("id" BIGSERIAL NOT NULL, "username" text NOT NULL, "ip" text NOT NULL, "succeeded" boolean NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_login_attempt_ip_at" ON "login_attempt"  ("ip", "at") `);
    await queryRunner.query(
      `CREATE TABLE "unit_type" ("code" text NOT NULL, "name_vi" text NOT NULL, "name_en" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_acbf43b47c118a16087d6c59f46" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "type_code" text NOT NULL, "parent_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_unit_code" ON "unit"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "unit_id" uuid, "area_codes" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "must_change_password" boolean NOT NULL DEFAULT false, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "token_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL, "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_refresh_token_family" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_unit_type" FOREIGN KEY ("type_code") REFERENCES "unit_type"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_unit_parent" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_unit" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written below: what entities cannot express.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_username" ON "app_user" (lower("username"))`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CK_app_user_role" CHECK ("role" IN ('admin', 'appraiser', 'unit_head', 'unit_editor', 'surveyor', 'viewer'))`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "at" SET DEFAULT now()`);
    // The audit log is append-only, whoever connects: UPDATE, DELETE and TRUNCATE raise.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
    // Unit types after the 2025 reform (two-level local government); districts stay for earlier years.
    await queryRunner.query(`INSERT INTO "unit_type" ("code", "name_vi", "name_en", "sort_order") VALUES
      ('department', 'Sở, ban, ngành cấp tỉnh', 'Provincial department or agency', 10),
      ('commune', 'UBND xã', 'Commune People''s Committee', 20),
      ('ward', 'UBND phường', 'Ward People''s Committee', 30),
      ('special_zone', 'UBND đặc khu', 'Special zone People''s Committee', 40),
      ('district', 'UBND cấp huyện (trước 7/2025)', 'District People''s Committee (before 07/2025)', 50),
      ('central_agency', 'Cơ quan Trung ương đóng trên địa bàn', 'Central agency based in the province', 60),
      ('public_service_unit', 'Đơn vị sự nghiệp công lập', 'Public service unit', 70),
      ('province', 'UBND tỉnh, thành phố', 'Provincial People''s Committee', 80),
      ('ministry', 'Bộ, cơ quan ngang bộ', 'Ministry or ministerial agency', 90)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_username"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_app_user_unit"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_unit_parent"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_unit_type"`);
    await queryRunner.query(`DROP INDEX "public"."IX_refresh_token_family"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_unit_code"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP TABLE "unit_type"`);
    await queryRunner.query(`DROP INDEX "public"."IX_login_attempt_ip_at"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_api_key_prefix"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_log_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_log_action"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
