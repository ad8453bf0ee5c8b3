import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { parseEnv, type ConfigProblem, type Env } from './env';

/** Everything the running API needs, resolved once at boot and injected as `APP_CONFIG`. */
export interface AppConfig {
  env: Env;
  /** Absolute path of `PAR_DATA_DIR`. */
  dataDir: string;
  /** The PostgreSQL the API uses: `DATABASE_URL`, or the embedded one it started. */
  databaseUrl: string;
  /** The owner that runs migrations (`DATABASE_MIGRATION_URL`, the embedded database's `par`); absent → databaseUrl. */
  migrationDatabaseUrl?: string;
  jwtSecret: string;
  /** Folder of the built SPA served at `/`, when it exists. */
  webDistDir: string | null;
  /** The embedded PostgreSQL's watchdog state, when the API started one (health reports `restarting`). */
  embeddedDatabaseStatus?: () => 'up' | 'restarting';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The only reader of `process.env`. */
export function readEnvironment(overrides: Record<string, string | undefined> = {}): {
  env: Env;
  problems: ConfigProblem[];
} {
  return parseEnv({ ...process.env, ...overrides });
}

export function resolveDataDir(env: Env): string {
  return isAbsolute(env.PAR_DATA_DIR) ? env.PAR_DATA_DIR : resolve(process.cwd(), env.PAR_DATA_DIR);
}

/** `JWT_SECRET`, or a secret generated on first start and kept in `PAR_DATA_DIR/jwt-secret`. */
export async function resolveJwtSecret(env: Env, dataDir: string): Promise<string> {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = join(dataDir, 'jwt-secret');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 32) return stored;
  } catch {
    // first start: generate below
  }
  const secret = randomBytes(48).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}
