import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { roleOf } from '../../src/database/data-source';
import { ensureAppRole } from '../../src/database/embedded-database';
import { createTestApp, type TestApp } from '../support/test-app';

async function asRole<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Issue 20: the audit log is append-only against the app itself, not only against a polite caller. */
describe('security: the app cannot rewrite its audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('connects as a role that is neither superuser nor owner, and is not the migrations role', async () => {
    expect(roleOf(t.config.databaseUrl)).not.toBe(roleOf(t.ownerUrl));
    const [row] = await t.dataSource.query<{ rolsuper: boolean; owner: string }[]>(
      `SELECT r.rolsuper, pg_get_userbyid(c.relowner) AS owner
       FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.relname = 'audit_log'`,
    );
    expect(row.rolsuper).toBe(false);
    expect(row.owner).not.toBe(roleOf(t.config.databaseUrl));
  });

  it.each([
    ['DROP TRIGGER', 'DROP TRIGGER audit_log_no_update_delete ON audit_log'],
    ['DISABLE TRIGGER', 'ALTER TABLE audit_log DISABLE TRIGGER ALL'],
    ['ALTER TABLE', 'ALTER TABLE audit_log ADD COLUMN forged text'],
    ['DROP TABLE', 'DROP TABLE audit_log'],
    ['DROP FUNCTION', 'DROP FUNCTION audit_log_append_only() CASCADE'],
    ['DELETE', 'DELETE FROM audit_log'],
    ['UPDATE', `UPDATE audit_log SET action = 'forged'`],
    ['TRUNCATE', 'TRUNCATE audit_log'],
    ['CREATE in the schema', 'CREATE TABLE audit_log_shadow (id int)'],
  ])('as the app’s role, %s fails', async (_, sql) => {
    await expect(asRole(t.config.databaseUrl, (c) => c.query(sql))).rejects.toThrow(
      /permission denied|must be owner/,
    );
    const [{ n }] = await asRole(t.ownerUrl, (c) =>
      c
        .query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled <> 'D'`,
        )
        .then((r) => r.rows),
    );
    expect(n).toBe(2);
  });

  it('the app may still read and append', async () => {
    await asRole(t.config.databaseUrl, async (c) => {
      await c.query(
        `INSERT INTO audit_log (at, actor_kind, action, entity_type) VALUES (now(), 'system', 'test.append', 'test')`,
      );
      const rows = await c.query(`SELECT 1 FROM audit_log WHERE action = 'test.append'`);
      expect(rows.rowCount).toBe(1);
    });
  });
});

describe('security: the embedded default sets up both roles itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates the app role (and resets its password on a later start): login, no superuser, no DDL rights', async () => {
    const role = `par_app_${Date.now().toString(36)}`;
    await ensureAppRole(t.ownerUrl, role, 'first-password-1');
    await ensureAppRole(t.ownerUrl, role, 'second-password-2');
    const [row] = await asRole(t.ownerUrl, (c) =>
      c
        .query<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolcanlogin: boolean }>(
          `SELECT rolsuper, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles WHERE rolname = $1`,
          [role],
        )
        .then((r) => r.rows),
    );
    expect(row).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolcanlogin: true });
    const url = t.ownerUrl.replace(/^postgres:\/\/[^@]+@/, `postgres://${role}:second-password-2@`);
    await expect(asRole(url, (c) => c.query('DELETE FROM audit_log'))).rejects.toThrow(/permission denied/);
    await asRole(t.ownerUrl, (c) => c.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`));
  });
});

describe('security: docker-compose has no default secrets', () => {
  const compose = readFileSync(join(__dirname, '..', '..', '..', '..', 'docker-compose.yml'), 'utf8');

  it('every password, secret and key is a required variable', () => {
    const secrets = compose
      .split('\n')
      .filter(
        (line) => /^\s+[A-Z_]*(PASSWORD|SECRET|ACCESS_KEY)[A-Z_]*:/.test(line) || /postgres:\/\//.test(line),
      );
    expect(secrets.length).toBeGreaterThan(8);
    for (const line of secrets) {
      if (/PAR_ADMIN_PASSWORD/.test(line)) continue; // optional: generated into a 0600 file when absent
      expect({ line, required: /\$\{[A-Z_]+:\?[^}]*\}/.test(line) }).toEqual({ line, required: true });
    }
  });

  it('publishes no MinIO port, and the API uses its own bucket user, not MinIO root', () => {
    const minio = compose.split(/\n {2}(?=[a-z-]+:\n)/).find((block) => block.startsWith('minio:'));
    expect(minio).toBeDefined();
    expect(minio).not.toMatch(/ports:/);
    expect(compose).toMatch(/minio-init:/);
    const app = compose.split(/\n {2}(?=[a-z-]+:\n)/).find((block) => block.startsWith('app:'));
    expect(app).toMatch(/S3_ACCESS_KEY_ID: \$\{S3_ACCESS_KEY_ID:\?/);
    expect(app).not.toMatch(/MINIO_ROOT/);
    expect(app).toMatch(/DATABASE_URL: postgres:\/\/par_app:/);
    expect(app).toMatch(/DATABASE_MIGRATION_URL: postgres:\/\/par:/);
  });
});
