import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { readEnvironment, resolveDataDir, type AppConfig } from '../config/app-config';
import { dataSourceOptions, grantAppRole, roleOf, runMigrations } from '../database/data-source';
import {
  APP_ROLE,
  runningEmbeddedDatabase,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '../database/embedded-database';
import { MIGRATIONS } from '../database/migrations';
import { evidenceStorageFor } from '../evidence/evidence-storage-for';
import { createBackup, restoreBackup } from './backup-archive';
import { BackupError } from './backup-error';

/**
 * `node apps/api/dist/backup.js backup|restore FILE [--force] [--pg-dump] [--lang en]` — what `npx par-index
 * backup` and `restore` run (the CLI bundle has no database code; it starts this entry of the API build).
 * Finds the database as the API does: `DATABASE_URL` (and `DATABASE_MIGRATION_URL` for the owner), else the
 * embedded PostgreSQL of `PAR_DATA_DIR` — the running one, or started for the time of the command.
 * Exit codes: 0 done, 1 refused (coded message), 2 wrong usage, 3 internal error.
 */
export interface BackupTarget {
  /** Reads every table (backup). */
  readUrl: string;
  /** Owner of the tables (migrations, restore). */
  ownerUrl: string;
  /** The app's role, granted its rights after a restore's migrations (when another role than the owner). */
  appRole?: string;
  config: Pick<AppConfig, 'env' | 'dataDir'>;
  close(): Promise<void>;
}

export async function resolveTarget(
  overrides: Record<string, string | undefined> = {},
): Promise<BackupTarget> {
  const { env, problems } = readEnvironment(overrides);
  if (problems.length > 0) {
    throw new UsageError(problems.map((p) => `${p.variable}: ${p.message}`).join('\n'));
  }
  const dataDir = resolveDataDir(env);
  if (env.DATABASE_URL) {
    const owner = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
    return {
      readUrl: owner,
      ownerUrl: owner,
      appRole: roleOf(env.DATABASE_URL) !== roleOf(owner) ? roleOf(env.DATABASE_URL) : undefined,
      config: { env, dataDir },
      close: () => Promise.resolve(),
    };
  }
  const running = await runningEmbeddedDatabase(dataDir);
  if (running) {
    return {
      readUrl: running.ownerUrl,
      ownerUrl: running.ownerUrl,
      appRole: APP_ROLE,
      config: { env, dataDir },
      close: () => Promise.resolve(),
    };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase(dataDir, undefined, (m) =>
    process.stderr.write(`${m}\n`),
  );
  return {
    readUrl: embedded.ownerUrl,
    ownerUrl: embedded.ownerUrl,
    appRole: APP_ROLE,
    config: { env, dataDir },
    close: () => embedded.stop(),
  };
}

export function migrationNames(): string[] {
  return MIGRATIONS.map((M) => (new M() as { name?: string }).name ?? M.name);
}

/** Runs the first `count` migrations as the owner, then grants the app's role its rights. */
export function migrationRunner(ownerUrl: string, appRole: string | undefined) {
  return {
    names: migrationNames(),
    async run(count: number): Promise<void> {
      const owner = await new DataSource({
        ...dataSourceOptions(ownerUrl),
        migrations: MIGRATIONS.slice(0, count),
        extra: { max: 2 },
      }).initialize();
      try {
        await runMigrations(owner);
        if (appRole && appRole !== roleOf(ownerUrl)) await grantAppRole(owner, appRole);
      } finally {
        await owner.destroy();
      }
    },
  };
}

class UsageError extends Error {}

const text = (vi: boolean, a: string, b: string) => (vi ? a : b);

async function pgDump(url: string, file: string, vi: boolean): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('pg_dump', ['--format=custom', '--no-owner', '--file', file, url], {
      stdio: 'inherit',
    });
    child.once('error', () => {
      process.stderr.write(
        `par-index backup: PG_DUMP_MISSING — ${text(vi, 'không tìm thấy pg_dump trên PATH', 'pg_dump is not on PATH')}\n`,
      );
      resolve(1);
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        force: { type: 'boolean' },
        'pg-dump': { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`par-index ${verb ?? ''}: USAGE — ${(error as Error).message}\n`);
    return 2;
  }
  const vi = parsed.values.lang !== 'en';
  const file = parsed.positionals[0];
  if ((verb !== 'backup' && verb !== 'restore') || !file || parsed.positionals.length > 1) {
    process.stderr.write(
      `par-index: USAGE — par-index backup FILE [--force] [--pg-dump] | par-index restore FILE [--force]\n`,
    );
    return 2;
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let target: BackupTarget | undefined;
  try {
    if (parsed.values['pg-dump']) {
      const { env } = readEnvironment();
      if (verb !== 'backup' || !env.DATABASE_URL) {
        process.stderr.write(
          `par-index ${verb}: USAGE — ${text(vi, '--pg-dump chỉ dùng cho backup với DATABASE_URL (PostgreSQL ngoài)', '--pg-dump is for backup with DATABASE_URL (an external PostgreSQL)')}\n`,
        );
        return 2;
      }
      const code = await pgDump(env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL, file, vi);
      if (code === 0)
        say(
          text(
            vi,
            `Đã ghi ${file} bằng pg_dump (chỉ cơ sở dữ liệu: tệp minh chứng sao lưu riêng, ví dụ phiên bản hoá bucket S3)`,
            `Wrote ${file} with pg_dump (database only: back up evidence separately, e.g. S3 bucket versioning)`,
          ),
        );
      return code;
    }
    target = await resolveTarget();
    const storage = evidenceStorageFor(target.config);
    if (verb === 'backup') {
      const started = Date.now();
      const manifest = await createBackup({
        databaseUrl: target.readUrl,
        storage,
        file,
        force: parsed.values.force,
      });
      const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      say(
        text(
          vi,
          `Đã sao lưu vào ${file}: ${manifest.tables.length} bảng, ${rows} dòng, ${manifest.evidence.files} tệp minh chứng (${manifest.evidence.bytes} byte), ${manifest.migrations.length} migration, ${Date.now() - started} ms`,
          `Backed up to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.evidence.files} evidence files (${manifest.evidence.bytes} bytes), ${manifest.migrations.length} migrations, ${Date.now() - started} ms`,
        ),
      );
      return 0;
    }
    await storage.ensureReady();
    const report = await restoreBackup({
      ownerUrl: target.ownerUrl,
      storage,
      file,
      force: parsed.values.force,
      migrations: migrationRunner(target.ownerUrl, target.appRole),
    });
    say(
      text(
        vi,
        `Đã khôi phục ${file} (sao lưu lúc ${report.manifest.createdAt}): ${report.tables} bảng, ${report.rows} dòng, ${report.evidenceFiles} tệp minh chứng — đã kiểm tra số dòng, mã kiểm tra từng bảng và từng tệp${report.migratedAfter.length ? `; đã chạy thêm ${report.migratedAfter.length} migration mới hơn` : ''}`,
        `Restored ${file} (backed up at ${report.manifest.createdAt}): ${report.tables} tables, ${report.rows} rows, ${report.evidenceFiles} evidence files — row counts, per-table checksums and every file verified${report.migratedAfter.length ? `; then applied ${report.migratedAfter.length} newer migrations` : ''}`,
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      process.stderr.write(
        `par-index ${verb}: ${error.code} — ${vi ? error.messages.vi : error.messages.en}\n`,
      );
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`par-index ${verb}: USAGE — ${error.message}\n`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`par-index ${verb}: INTERNAL_ERROR — ${reason}\n`);
    if (process.env.PAR_INDEX_DEBUG === '1' && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
    return 3;
  } finally {
    await target?.close().catch(() => undefined);
  }
}
