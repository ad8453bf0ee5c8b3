import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scheduleJob, type ScheduledJob } from '../common/jobs/job-schedule';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EvidenceStorage } from './evidence-storage';

/** Advisory lock: uploads take it shared, the cleanup exclusive (and only one replica cleans at a time). */
export const EVIDENCE_CLEANUP_LOCK = 7_251_843;
/** A file nothing points at is removed once it is this old (an upload in flight is never that old). */
export const ORPHAN_GRACE_MS = 24 * 60 * 60_000;

/**
 * Removes evidence nothing refers to any more: `evidence_file` rows without a link, a publication, an appeal or a
 * remediation task naming it (the unit removed the file
 * or the upload failed) and stored objects without a row (a crash between storing and committing), both
 * older than a day. Runs every `EVIDENCE_CLEANUP_INTERVAL_HOURS` (6) once across all replicas (a `job_run` slot),
 * and one replica at a time in any case (advisory lock; the others skip).
 */
@Injectable()
export class EvidenceCleanupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvidenceCleanup');
  private schedule: ScheduledJob | undefined;

  constructor(
    private readonly storage: EvidenceStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const hours = this.config.env.EVIDENCE_CLEANUP_INTERVAL_HOURS;
    if (hours <= 0) return;
    this.schedule = scheduleJob({
      job: 'evidence-cleanup',
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

  /** One pass; null when another replica holds the lock. */
  async run(): Promise<{ rows: number; objects: number } | null> {
    const cutoff = new Date(this.clock.now().getTime() - ORPHAN_GRACE_MS);
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock($1) AS locked',
        [EVIDENCE_CLEANUP_LOCK],
      );
      if (!locked) return null;
      const deleted = await manager.query<[{ storage_key: string }[], number]>(
        `DELETE FROM evidence_file f WHERE f.created_at < $1
           AND NOT EXISTS (SELECT 1 FROM evidence_link l WHERE l.file_id = f.id)
           AND NOT EXISTS (SELECT 1 FROM publication p WHERE p.decision_file_id = f.id)
           AND NOT EXISTS (SELECT 1 FROM appeal_evidence e WHERE e.file_id = f.id)
           AND NOT EXISTS (SELECT 1 FROM remediation_evidence r WHERE r.file_id = f.id)
         RETURNING f.storage_key`,
        [cutoff],
      );
      const rows = deleted[0];
      for (const row of rows) await this.storage.remove(row.storage_key);
      let objects = 0;
      for await (const object of this.storage.list()) {
        if (object.modifiedAt >= cutoff) continue;
        const known = await manager.query<unknown[]>(`SELECT 1 FROM evidence_file WHERE storage_key = $1`, [
          object.key,
        ]);
        if (known.length > 0) continue;
        await this.storage.remove(object.key);
        objects += 1;
      }
      return { rows: rows.length, objects };
    });
  }
}
