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

/** A new, empty database in the test PostgreSQL; `drop()` removes it (closing stray sessions). */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `par_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  return {
    url,
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
