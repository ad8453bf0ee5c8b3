import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { TypeOrmLogger } from './typeorm-logger';

/** Per-session limits the app's connections carry (0 = no limit); the migrations run without them. */
export interface SessionTimeouts {
  /** `statement_timeout`: a statement running longer is cancelled (57014 → 503 DATABASE_TIMEOUT). */
  statementTimeoutMs?: number;
  /** `lock_timeout`: a lock not granted within this is given up (55P03 → 409 LOCK_TIMEOUT). */
  lockTimeoutMs?: number;
}

/** The one TypeORM configuration, shared by the app, its tests and the migration tools. */
export function dataSourceOptions(url: string, timeouts: SessionTimeouts = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: 2000,
    applicationName: 'par-index',
    extra: {
      max: 20,
      connectionTimeoutMillis: 10_000,
      ...(timeouts.statementTimeoutMs ? { statement_timeout: timeouts.statementTimeoutMs } : {}),
      ...(timeouts.lockTimeoutMs ? { lock_timeout: timeouts.lockTimeoutMs } : {}),
    },
  };
}

// Any constant works; it only has to be the same for every replica of the API.
const MIGRATION_LOCK = 7_251_842;

/** Applies pending migrations, one replica at a time (session advisory lock). */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** The SQL TypeORM would still need to bring the schema in line with the entities (empty = no drift). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

export async function openDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  return dataSource;
}

/** The role a `postgres://user:pass@…` URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Gives the app's role what it needs and nothing more, after the owner ran the migrations: read and write
 * the tables, use the sequences — but only SELECT and INSERT on `audit_log`, and no DDL anywhere (not the
 * owner, so it cannot ALTER or DROP the table or its append-only triggers).
 */
export async function grantAppRole(owner: DataSource, appRole: string): Promise<void> {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  await owner.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK]);
    await manager.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await manager.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await manager.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await manager.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await manager.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${role}`);
    await manager.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${role}`);
  });
}

/**
 * The app's data source: migrations run first as the owner (`migrationUrl`, when it is another role), which
 * then grants the app's role its privileges; the app itself connects as that role.
 */
export async function openAppDataSource(
  options: DataSourceOptions,
  url: string,
  migrationUrl: string | undefined,
): Promise<DataSource> {
  // The migrations run on their own small pool without the app's statement/lock timeouts: a long migration
  // on a big database must not be cancelled half-way by a limit meant for requests.
  const ownerUrl = migrationUrl ?? url;
  const owner = await new DataSource({ ...dataSourceOptions(ownerUrl), extra: { max: 2 } }).initialize();
  try {
    await runMigrations(owner);
    if (roleOf(ownerUrl) !== roleOf(url)) await grantAppRole(owner, roleOf(url));
  } finally {
    await owner.destroy();
  }
  return new DataSource({ ...options, url } as DataSourceOptions).initialize();
}
