import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { scheduleJob, type ScheduledJob } from '../common/jobs/job-schedule';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { evidenceStorageFor } from '../evidence/evidence-storage-for';
import { createBackup, type BackupManifest } from './backup-archive';

/** The advisory lock a scheduled backup holds while it runs ("PARBACKU"). */
export const BACKUP_LOCK_ID = 0x5041524241434b55n;
const ARCHIVE = /^par-index-\d{8}-\d{6}Z\.tar\.gz$/;

export interface ScheduledBackup {
  /** Null when another replica's backup still runs (it holds the lock). */
  file: string | null;
  manifest?: BackupManifest;
  /** Archives removed because more than BACKUP_KEEP were there. */
  pruned: string[];
}

/** `par-index-20261208-031500Z.tar.gz`: sorts by time as text. */
export function archiveName(at: Date): string {
  const iso = at.toISOString().replace(/[-:]/g, '').replace('T', '-');
  return `par-index-${iso.slice(0, 15)}Z.tar.gz`;
}

/**
 * Scheduled backups (`BACKUP_INTERVAL_HOURS` > 0): each interval one replica claims the slot (`job_run`)
 * and, under a PostgreSQL advisory lock (never two backups at once, even a slow one overlapping the next
 * slot), writes `BACKUP_DIR/par-index-<time>.tar.gz` — the same archive as `npx par-index backup` — then
 * keeps the newest `BACKUP_KEEP` archives and removes the older ones.
 */
@Injectable()
export class BackupJobService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private schedule: ScheduledJob | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get directory(): string {
    const dir = this.config.env.BACKUP_DIR;
    if (!dir) return join(this.config.dataDir, 'backups');
    return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
  }

  onApplicationBootstrap(): void {
    const hours = this.config.env.BACKUP_INTERVAL_HOURS;
    if (hours <= 0) return;
    this.schedule = scheduleJob({
      job: 'backup',
      intervalMs: hours * 60 * 60_000,
      dataSource: this.dataSource,
      logger: this.logger,
      now: () => new Date(),
      work: () => this.run(),
    });
  }

  onApplicationShutdown(): void {
    this.schedule?.stop();
  }

  /** One backup and the pruning after it. */
  async run(now: Date = new Date()): Promise<ScheduledBackup> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [
        BACKUP_LOCK_ID.toString(),
      ])) as { locked: boolean }[];
      if (!locked) return { file: null, pruned: [] };
      try {
        await mkdir(this.directory, { recursive: true, mode: 0o700 });
        const file = join(this.directory, archiveName(now));
        const manifest = await createBackup({
          databaseUrl: this.config.databaseUrl,
          storage: evidenceStorageFor(this.config),
          file,
          force: true,
        });
        const pruned = await this.prune();
        this.logger.log(`backup ${file}: ${manifest.tables.length} tables, ${manifest.evidence.files} files`);
        return { file, manifest, pruned };
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [BACKUP_LOCK_ID.toString()]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Keeps the newest BACKUP_KEEP archives of the folder (only files named as this job names them). */
  async prune(): Promise<string[]> {
    const names = (await readdir(this.directory)).filter((name) => ARCHIVE.test(name)).sort();
    const old = names.slice(0, Math.max(0, names.length - this.config.env.BACKUP_KEEP));
    for (const name of old) await rm(join(this.directory, name), { force: true });
    return old;
  }
}
