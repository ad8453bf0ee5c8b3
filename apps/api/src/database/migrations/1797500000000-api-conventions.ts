import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The codes that become unique ignoring case: table, column, new index name. */
const CODE_INDEXES = [
  { table: 'unit', column: 'code', index: 'UQ_unit_code_ci' },
  { table: 'unit_type', column: 'code', index: 'UQ_unit_type_code_ci' },
  { table: 'criteria_set', column: 'code', index: 'UQ_criteria_set_code_ci' },
] as const;

/** The columns the list routes search, accent- and case-insensitively (`par_fold(col) LIKE par_fold(q)`). */
const SEARCH_INDEXES = [
  { table: 'unit', column: 'name', index: 'IX_unit_name_fold' },
  { table: 'unit', column: 'code', index: 'IX_unit_code_fold' },
  { table: 'criteria_set', column: 'name', index: 'IX_criteria_set_name_fold' },
  { table: 'period', column: 'name', index: 'IX_period_name_fold' },
  { table: 'app_user', column: 'full_name', index: 'IX_app_user_full_name_fold' },
  { table: 'app_user', column: 'username', index: 'IX_app_user_username_fold' },
] as const;

/**
 * Issue 21 (API conventions): codes unique ignoring case (a migration that finds `STP` and `stp` both
 * present stops and names them — the data must be cleaned first), accent-insensitive search
 * (`unaccent` + an IMMUTABLE wrapper `par_fold` so it can be indexed, trigram indexes for `LIKE '%…%'`), and the
 * stored `Idempotency-Key` answers.
 */
export class ApiConventions1797500000000 implements MigrationInterface {
  name = 'ApiConventions1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, column } of CODE_INDEXES) {
      const duplicates = (await queryRunner.query(
        `SELECT string_agg("${column}", ' = ' ORDER BY "${column}") AS codes FROM "${table}"
          GROUP BY lower("${column}") HAVING count(*) > 1 ORDER BY 1`,
      )) as { codes: string }[];
      if (duplicates.length > 0) {
        throw new Error(
          `Migration ${this.name}: ${table}.${column} must be unique ignoring case, but these differ only in case: ` +
            `${duplicates.map((row) => row.codes).join('; ')}. Rename or merge them, then start again.`,
        );
      }
    }
    for (const { table, column, index } of CODE_INDEXES) {
      await queryRunner.query(`CREATE UNIQUE INDEX "${index}" ON "${table}" (lower("${column}"))`);
    }

    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`);
    // unaccent() is only STABLE (its dictionary could change); with the dictionary named it is safe to
    // index. Maps every Vietnamese letter to its base (ư→u, ồ→o, đ→d, Đ→D), then lower-cases.
    await queryRunner.query(
      `CREATE FUNCTION public.par_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    for (const { table, column, index } of SEARCH_INDEXES) {
      await queryRunner.query(
        `CREATE INDEX "${index}" ON "${table}" USING gin (public.par_fold("${column}") public.gin_trgm_ops)`,
      );
    }

    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("scope" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "state" text NOT NULL DEFAULT 'pending', "status" integer, "location" text, "body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CK_idempotency_key_state" CHECK ("state" IN ('pending', 'done')), CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_idempotency_key_expires" ON "idempotency_key" ("expires_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    for (const { index } of SEARCH_INDEXES) await queryRunner.query(`DROP INDEX "${index}"`);
    await queryRunner.query(`DROP FUNCTION public.par_fold(text)`);
    for (const { index } of CODE_INDEXES) await queryRunner.query(`DROP INDEX "${index}"`);
  }
}
