// `npm run bench` (api:bench), part 4: cold start to healthy. Spawns the built API (apps/api/dist/main.js,
// NODE_ENV=production) and times process start → the first `GET /api/v1/health` answered 200 (polled every
// 25 ms), then stops it (SIGTERM). Three ways, BENCH_STARTS (3) times each, medians:
//   1. embedded PostgreSQL, first start — an empty PAR_DATA_DIR: initdb, the database, every migration;
//   2. embedded PostgreSQL, restart — the same data directory again (the everyday start);
//   3. DATABASE_URL to an already-running PostgreSQL — process start, migrations check, Nest, listen.
// Goals (set here, the issue names none): a restart ≤ 10 s with the embedded database, ≤ 5 s with
// DATABASE_URL; a first start ≤ 60 s.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { begin, figure, median, writePart } from '../../../bench/record.mjs';
import { freePort, spawnApi, startDatabase } from './bench-harness.mjs';

const STARTS = Number(process.env.BENCH_STARTS ?? 3);
const GOALS = { firstMs: 60_000, restartMs: 10_000, externalMs: 5_000 };

const healthy = (port) =>
  new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/v1/health', timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });

/** Spawns the API with `env`, returns ms from spawn to the first 200 of /health; stops it after. */
async function timeToHealthy(env) {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const api = spawnApi({ PORT: String(port), ...env });
  let out = '';
  api.stdout.on('data', (c) => (out += c));
  api.stderr.on('data', (c) => (out += c));
  const exited = new Promise((resolve) => api.once('exit', resolve));
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (api.exitCode !== null) throw new Error(`API exited ${api.exitCode}:\n${out}`);
      if (await healthy(port)) return Number(process.hrtime.bigint() - started) / 1e6;
      if (Date.now() > deadline) throw new Error(`no healthy API within 180 s:\n${out}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    if (api.exitCode === null) api.kill('SIGTERM');
    await exited;
  }
}

async function main() {
  const begun = begin();
  const first = [];
  const restart = [];
  const external = [];
  const dirs = [];
  try {
    for (let i = 0; i < STARTS; i++) {
      const dir = await mkdtemp(join(tmpdir(), 'par-bench-cold-'));
      dirs.push(dir);
      await chmod(dir, 0o755); // the embedded PostgreSQL runs as "postgres" when we are root
      const env = { PAR_DATA_DIR: join(dir, 'data') };
      first.push(await timeToHealthy(env));
      restart.push(await timeToHealthy(env));
    }
    const dbDir = await mkdtemp(join(tmpdir(), 'par-bench-cold-db-'));
    dirs.push(dbDir);
    await chmod(dbDir, 0o755);
    const db = await startDatabase(dbDir);
    try {
      const env = { DATABASE_URL: db.url, PAR_DATA_DIR: join(dbDir, 'data') };
      const migrate = await timeToHealthy(env); // the first one runs the migrations: not counted
      for (let i = 0; i < STARTS; i++) external.push(await timeToHealthy(env));
      process.stdout.write(`(DATABASE_URL, first start with migrations: ${migrate.toFixed(0)} ms)\n`);
    } finally {
      await db.stop();
    }
  } finally {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
  const ms = (values) => values.map((v) => Math.round(v));
  process.stdout.write(
    [
      `Cold start to healthy (GET /api/v1/health → 200), ${STARTS} times each, medians:`,
      `  embedded PostgreSQL, first start (initdb + migrations): ${median(first).toFixed(0)} ms  [${ms(first).join(', ')}]`,
      `  embedded PostgreSQL, restart:                          ${median(restart).toFixed(0)} ms  [${ms(restart).join(', ')}]`,
      `  DATABASE_URL to a running PostgreSQL:                  ${median(external).toFixed(0)} ms  [${ms(external).join(', ')}]`,
      '',
    ].join('\n'),
  );
  writePart({
    target: 'api-cold-start',
    command: 'node apps/api/bench/cold-start.bench.mjs (npx nx run api:bench)',
    ...begun,
    figures: [
      figure(
        'api.cold-start.embedded-first',
        'cold start → /health 200, embedded DB, first start (initdb)',
        median(first),
        'ms',
        ['<=', GOALS.firstMs],
        { runs: ms(first) },
      ),
      figure(
        'api.cold-start.embedded',
        'cold start → /health 200, embedded DB, restart',
        median(restart),
        'ms',
        ['<=', GOALS.restartMs],
        { runs: ms(restart) },
      ),
      figure(
        'api.cold-start.external',
        'cold start → /health 200, DATABASE_URL to a running DB',
        median(external),
        'ms',
        ['<=', GOALS.externalMs],
        { runs: ms(external) },
      ),
    ],
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
