import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: throttling counters (`rate_limit`), the sessions' absolute lifetime, indexes for the scheduled
 * purges; `audit_log` loses every grant to PUBLIC (the app's own role is granted SELECT/INSERT only, after
 * the migrations, by `grantAppRole`).
 */
export class SecurityHardening1796700000000 implements MigrationInterface {
  name = 'SecurityHardening1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, "next_allowed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_rate_limit_key" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_rate_limit_window_start" ON "rate_limit" ("window_start") `);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "session_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "refresh_token" SET "session_started_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ALTER COLUMN "session_started_at" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IX_refresh_token_expires_at" ON "refresh_token" ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "IX_login_attempt_at" ON "login_attempt" ("at") `);
    await queryRunner.query(`REVOKE ALL ON "audit_log" FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_login_attempt_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_refresh_token_expires_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "session_started_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_rate_limit_window_start"`);
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
