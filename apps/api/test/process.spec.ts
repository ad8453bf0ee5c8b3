import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/database/embedded-database';
import { isAlive, startApi } from './support/api-process';
import { createTestDatabase } from './support/test-database';

/** `npm start` as a user runs it: the built bundle, its own embedded PostgreSQL, Ctrl-C. */
describe('the API process', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'par-process-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function get(port: number, path: string) {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  function postgresPid(output: string): number {
    const match = /embedded PostgreSQL: .* \(pid (\d+)\)/.exec(output);
    if (!match) throw new Error(`no embedded PostgreSQL pid in output:\n${output}`);
    return Number(match[1]);
  }

  it('starts on a fresh data folder, serves health, docs and /, and Ctrl-C leaves no postgres behind', async () => {
    const port = await freePort();
    const started = Date.now();
    const api = startApi({ PORT: String(port), PAR_DATA_DIR: join(dataDir, 'data') });
    await api.ready;
    const bootMs = Date.now() - started;
    expect(bootMs).toBeLessThan(180_000);
    expect(api.output()).toContain('Khởi tạo PostgreSQL nhúng / initialising');

    expect(JSON.parse((await get(port, '/api/v1/health')).text)).toEqual({ status: 'ok', db: 'up' });
    const docs = await get(port, '/api/docs-json');
    expect(docs.status).toBe(200);
    expect(JSON.parse(docs.text).paths).toHaveProperty(['/api/v1/health']);
    // The bundle derives the same document as the sources (openapi-truth reads compiled handlers).
    const committed = JSON.parse(
      await readFile(join(__dirname, '..', '..', '..', 'libs', 'contracts', 'openapi.json'), 'utf8'),
    ) as unknown;
    expect(JSON.parse(docs.text)).toEqual(committed);
    expect((await get(port, '/api/docs')).status).toBe(200);
    const root = await get(port, '/');
    expect(root.status).toBe(200);
    expect(root.type).toMatch(/text\/html/);

    const pgPid = postgresPid(api.output());
    expect(isAlive(pgPid)).toBe(true);
    expect(await api.interrupt()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(isAlive(pgPid)).toBe(false);
    expect(await readdir(join(dataDir, 'data', 'postgres'))).not.toContain('postmaster.pid');
    expect(api.output()).not.toMatch(/terminating connection|pool raised an error|\n\s+at /);
  });

  it('reuses the data folder on a second start', async () => {
    const secret = await readFile(join(dataDir, 'data', 'jwt-secret'), 'utf8');
    const port = await freePort();
    const api = startApi({ PORT: String(port), PAR_DATA_DIR: join(dataDir, 'data') });
    await api.ready;
    expect(api.output()).not.toContain('initialising');
    expect((await get(port, '/api/v1/health')).status).toBe(200);
    expect(await readFile(join(dataDir, 'data', 'jwt-secret'), 'utf8')).toBe(secret);
    const pgPid = postgresPid(api.output());
    expect(await api.interrupt()).toBe(0);
    expect(isAlive(pgPid)).toBe(false);
  });

  it('uses DATABASE_URL when given, and starts no embedded PostgreSQL', async () => {
    // The test run's own PostgreSQL (test/global-setup.ts) is a second, independent server.
    const database = await createTestDatabase();
    try {
      const port = await freePort();
      const ownData = join(dataDir, 'external');
      const api = startApi({ PORT: String(port), PAR_DATA_DIR: ownData, DATABASE_URL: database.url });
      await api.ready;
      expect((await get(port, '/api/v1/health')).status).toBe(200);
      expect(api.output()).not.toContain('embedded PostgreSQL');
      expect(await readdir(ownData)).not.toContain('postgres');
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM migrations');
      await client.end();
      expect(Number(rows[0].count)).toBeGreaterThan(0);
      expect(await api.interrupt()).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('refuses bad configuration with one message listing every problem, no stack trace', async () => {
    const unreachable = `postgres://par:x@127.0.0.1:${await freePort()}/par`;
    const api = startApi({
      PORT: 'abc',
      DATABASE_URL: unreachable,
      JWT_SECRET: 'short',
      PAR_DATA_DIR: join(dataDir, 'bad'),
    });
    const code = await api.exited;
    expect(code).toBe(78);
    const out = api.output();
    expect(out).toContain('Cấu hình không hợp lệ / Invalid configuration:');
    expect(out).toMatch(/- PORT: /);
    expect(out).toMatch(/- DATABASE_URL: không kết nối được \/ cannot connect: ECONNREFUSED/);
    expect(out).toMatch(/- JWT_SECRET: /);
    expect(out.match(/Invalid configuration/g)).toHaveLength(1);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
