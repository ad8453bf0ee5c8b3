import type { Logger } from '@nestjs/common';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';

/** This process, as recorded in `job_run.replica`. */
export const REPLICA = `${hostname()}:${process.pid}`;

/**
 * Claims `job`'s run for the slot `now` falls in (`floor(now / interval)`): one `INSERT … ON CONFLICT DO
 * NOTHING`, so of any number of replicas asking for the same slot exactly one gets true. No lease to expire,
 * no leader to elect: the primary key is the lock.
 */
export async function claimJobSlot(
  dataSource: DataSource,
  job: string,
  intervalMs: number,
  now: Date,
): Promise<string | null> {
  const slot = String(Math.floor(now.getTime() / intervalMs));
  const rows = await dataSource.query<{ slot: string }[]>(
    `INSERT INTO job_run (job, slot, replica, started_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (job, slot) DO NOTHING RETURNING slot::text`,
    [job, slot, REPLICA, now],
  );
  return rows.length > 0 ? slot : null;
}

async function finishJobSlot(
  dataSource: DataSource,
  job: string,
  slot: string,
  outcome: string,
): Promise<void> {
  await dataSource.query(
    `UPDATE job_run SET finished_at = now(), outcome = $3 WHERE job = $1 AND slot = $2`,
    [job, slot, outcome.slice(0, 500)],
  );
}

export interface ScheduledJob {
  stop(): void;
}

/**
 * Runs `work` once per `intervalMs` across all replicas: each process wakes at every slot boundary (plus a
 * little jitter), claims the slot, and only the one that got it runs the job. A process started in the
 * middle of a slot another replica already ran does nothing until the next one.
 */
export function scheduleJob(options: {
  job: string;
  intervalMs: number;
  dataSource: DataSource;
  logger: Logger;
  now: () => Date;
  work: () => Promise<unknown>;
}): ScheduledJob {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    const now = options.now().getTime();
    const next = (Math.floor(now / options.intervalMs) + 1) * options.intervalMs;
    timer = setTimeout(
      tick,
      next - now + Math.floor(Math.random() * Math.min(1000, options.intervalMs / 10)),
    );
    timer.unref();
  };
  const tick = () => {
    void (async () => {
      let slot: string | null = null;
      try {
        slot = await claimJobSlot(options.dataSource, options.job, options.intervalMs, options.now());
        if (slot === null) return;
        await options.work();
        await finishJobSlot(options.dataSource, options.job, slot, 'ok');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.logger.warn(`${options.job} failed: ${message}`);
        if (slot !== null)
          await finishJobSlot(options.dataSource, options.job, slot, message).catch(() => undefined);
      } finally {
        arm();
      }
    })();
  };
  arm();
  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
