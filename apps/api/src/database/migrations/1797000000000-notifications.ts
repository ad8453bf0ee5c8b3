import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 (deadlines people see coming): API keys that expire; users' e-mail for the digest; in-app
 * notifications and the log of every reminder sent (its key makes each reminder happen once).
 */
export class Notifications1797000000000 implements MigrationInterface {
  name = 'Notifications1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_key" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email" text`);
    await queryRunner.query(
      `CREATE TABLE "notification_reminder" ("key" text NOT NULL, "kind" text NOT NULL, "period_id" uuid, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recipients" integer NOT NULL DEFAULT 0, CONSTRAINT "PK_notification_reminder" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "reminder_key" text NOT NULL, "kind" text NOT NULL, "period_id" uuid, "message_vi" text NOT NULL, "message_en" text NOT NULL, "link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_notification_reminder_user" UNIQUE ("reminder_key", "user_id"), CONSTRAINT "PK_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_user" ON "notification" ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_reminder" FOREIGN KEY ("reminder_key") REFERENCES "notification_reminder"("key") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_reminder"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_user"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "notification_reminder"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "expires_at"`);
  }
}
