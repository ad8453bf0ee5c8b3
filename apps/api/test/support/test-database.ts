import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

function adminUrl(): string {
  const url = process.env.PAR_TEST_ADMIN_URL;
  if (!url)
    throw new Error('PAR_TEST_ADMIN_URL is not set: run the tests through jest (test/global-setup.ts)');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The app's role in the test PostgreSQL (as in production: no superuser, DML only, granted per database). */
export const TEST_APP_ROLE = 'par_app';
export const TEST_APP_PASSWORD = 'par-app-test';

async function ensureAppRole(): Promise<void> {
  await admin(async (c) => {
    // Files run in parallel: several may try at once; a duplicate is fine.
    await c
      .query(
        `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${TEST_APP_ROLE}') THEN
           CREATE ROLE ${TEST_APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${TEST_APP_PASSWORD}';
         END IF; END $$`,
      )
      .catch((error: { code?: string }) => {
        if (error.code !== '23505' && error.code !== '42710') throw error;
      });
  });
}

/**
 * A new, empty database in the test PostgreSQL; `url` signs in as the owner (migrations, test set-up),
 * `appUrl` as the app's role. `drop()` removes it (closing stray sessions).
 */
export async function createTestDatabase(): Promise<{
  url: string;
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}> {
  const name = `par_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await ensureAppRole();
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  const appUrl = url.replace(/^postgres:\/\/[^@]+@/, `postgres://${TEST_APP_ROLE}:${TEST_APP_PASSWORD}@`);
  return {
    url,
    appUrl,
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
