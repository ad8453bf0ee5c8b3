import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { inspectArchive } from '../../src/backup/backup-archive';
import { archiveName, BACKUP_LOCK_ID, BackupJobService } from '../../src/backup/backup-job.service';
import { claimJobSlot } from '../../src/common/jobs/job-schedule';
import { createTestApp, type TestApp } from '../support/test-app';

describe('scheduled backups (BACKUP_DIR, BACKUP_INTERVAL_HOURS, BACKUP_KEEP)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'par-backup-job-'));
    t = await createTestApp({ env: { BACKUP_DIR: dir, BACKUP_KEEP: '2' } });
  });

  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a verified archive per run and keeps only the newest BACKUP_KEEP, leaving other files alone', async () => {
    const job = t.app.get(BackupJobService);
    await writeFile(join(dir, 'ghi-chu.txt'), 'không phải bản sao lưu');
    const times = [
      '2026-12-01T01:00:00Z',
      '2026-12-02T01:00:00Z',
      '2026-12-03T01:00:00Z',
      '2026-12-04T01:00:00Z',
    ];
    const runs = [];
    for (const at of times) runs.push(await job.run(new Date(at)));
    expect(runs.map((r) => r.file)).toEqual(times.map((at) => join(dir, archiveName(new Date(at)))));
    expect(runs[0].pruned).toEqual([]);
    expect(runs[1].pruned).toEqual([]);
    expect(runs[2].pruned).toEqual([archiveName(new Date(times[0]))]);
    expect(runs[3].pruned).toEqual([archiveName(new Date(times[1]))]);
    expect((await readdir(dir)).sort()).toEqual(
      ['ghi-chu.txt', archiveName(new Date(times[2])), archiveName(new Date(times[3]))].sort(),
    );
    const manifest = await inspectArchive(runs[3].file!);
    expect(manifest.tables.find((table) => table.name === 'app_user')?.rows).toBe(1);
  });

  it('skips while another process holds the backup lock', async () => {
    const other = new Client({ connectionString: t.ownerUrl });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1::bigint)', [BACKUP_LOCK_ID.toString()]);
      expect(await t.app.get(BackupJobService).run(new Date('2026-12-05T01:00:00Z'))).toEqual({
        file: null,
        pruned: [],
      });
    } finally {
      await other.end();
    }
  });

  it('gives each job slot to exactly one of many concurrent claimers', async () => {
    const at = new Date('2026-12-06T01:00:00Z');
    const claims = await Promise.all(
      Array.from({ length: 12 }, () => claimJobSlot(t.dataSource, 'backup', 3_600_000, at)),
    );
    expect(claims.filter((slot) => slot !== null)).toEqual([String(Math.floor(at.getTime() / 3_600_000))]);
    expect(
      await claimJobSlot(t.dataSource, 'backup', 3_600_000, new Date(at.getTime() + 3_600_000)),
    ).not.toBeNull();
  });
});
