import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { freePort } from '../../src/database/embedded-database';
import { startApi, type ApiProcess } from '../support/api-process';
import { exampleAssessments } from '../support/fixtures';
import { ADMIN_PASSWORD, type TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { exampleWorld } from '../support/world';
import { surveyDefinition } from '../survey/survey-world';

/**
 * Scale-out (docs/scale-out.md): two built API processes (`node apps/api/dist/main.js`, as `npm start`) on
 * different ports against ONE database share the load without conflicts.
 */
describe('two API replicas on one database', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const dirs: string[] = [];
  let backupDir: string;
  const replicas: { api: ApiProcess; base: string }[] = [];

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** A TestApp-shaped handle on one replica, so the usual world builders drive it over real HTTP. */
  const via = (i: number) => ({ http: () => request(replicas[i].base) }) as unknown as TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    backupDir = await mkdtemp(join(tmpdir(), 'par-scale-backups-'));
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const dir = await mkdtemp(join(tmpdir(), 'par-scale-'));
      dirs.push(dir);
      const api = startApi({
        PORT: String(port),
        DATABASE_URL: db.appUrl,
        DATABASE_MIGRATION_URL: db.url,
        PAR_DATA_DIR: dir,
        PAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
        JWT_SECRET: 'scale-out-secret-scale-out-secret-0123456789',
        NODE_ENV: 'test',
        TRUST_PROXY: 'loopback',
        // Short slots so every scheduled job comes round several times during the test.
        NOTIFY_INTERVAL_MINUTES: '0.05',
        EVIDENCE_CLEANUP_INTERVAL_HOURS: '0.001',
        BACKUP_INTERVAL_HOURS: '0.001',
        BACKUP_DIR: backupDir,
        BACKUP_KEEP: '1000',
      });
      replicas.push({ api, base: `http://127.0.0.1:${port}` });
    }
    // Started together: both migrate (one waits on the other's advisory lock), both may bootstrap the admin.
    await Promise.all(replicas.map((r) => r.api.ready));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.api.interrupt()));
    await db?.drop();
    for (const dir of [...dirs, backupDir]) await rm(dir, { recursive: true, force: true });
  });

  it('counts failed sign-ins from one client across both replicas as one limit (10 a minute)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      const res = await request(replicas[i % 2].base)
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '203.0.113.77')
        .send({ username: `khong-co-${i}`, password: 'sai-mat-khau-123' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(4).fill(429)]);
    // The admin exists once, though both replicas started on an empty database.
    expect(await rows(`SELECT username FROM app_user`)).toEqual([{ username: 'admin' }]);
  });

  it('issues survey codes from both replicas at once, all unique', async () => {
    const w = await exampleWorld(via(0), { unitPrefix: 'S', setCode: 'XHH-SCALE' });
    await via(1)
      .http()
      .put(`/api/v1/periods/${w.periodId}/survey`)
      .set(w.admin.auth)
      .send(
        surveyDefinition(new Date(), {
          groups: [{ code: 'NGUOI-DAN', name: 'Người dân', quota: 100, leafCodes: ['3.1'] }],
        }),
      )
      .expect((res) => expect([200, 201]).toContain(res.status));
    const batches = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        via(i % 2)
          .http()
          .post(`/api/v1/periods/${w.periodId}/survey/codes`)
          .set(w.admin.auth)
          .send({ groupCode: 'NGUOI-DAN', unitCode: 'SSTP', count: 50 })
          .expect(201),
      ),
    );
    // Guessing codes is limited per client across replicas too (it was per process before).
    const guesses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const res = await request(replicas[i % 2].base)
        .get(`/api/v1/public/survey/ZZZZ-ZZZZ-ZZZ${i % 10}`)
        .set('X-Forwarded-For', '198.51.100.9');
      guesses.push(res.status);
    }
    expect(guesses).toEqual([...Array(10).fill(404), 429, 429]);
    const codes = batches.flatMap((res) => res.body.codes as string[]);
    expect(codes).toHaveLength(400);
    expect(new Set(codes).size).toBe(400);
    const [{ c }] = await rows<{ c: number }>(`SELECT count(*)::int AS c FROM survey_code`);
    expect(c).toBe(400);
  });

  it('computes from both replicas at once: one snapshot per 200, clean 409s, nothing corrupt', async () => {
    const w = await exampleWorld(via(1), { unitPrefix: 'C', setCode: 'VD-SCALE' });
    const assessments = exampleAssessments() as { criteriaSet: string; units: Array<{ code: string }> };
    assessments.criteriaSet = 'VD-SCALE';
    for (const unit of assessments.units) unit.code = `C${unit.code}`;
    await via(0)
      .http()
      .post(`/api/v1/periods/${w.periodId}/assessments/import`)
      .set(w.admin.auth)
      .send(assessments)
      .expect(201);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        via(i % 2)
          .http()
          .post(`/api/v1/periods/${w.periodId}/results/compute`)
          .set(w.admin.auth),
      ),
    );
    const statuses = answers.map((res) => res.status);
    for (const res of answers) {
      expect([200, 409]).toContain(res.status);
      if (res.status === 409) expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const snapshots = await rows<{ seq: number }>(
      `SELECT seq FROM result_snapshot WHERE period_id = $1 ORDER BY seq`,
      [w.periodId],
    );
    expect(snapshots.length).toBe(statuses.filter((s) => s === 200).length);
    expect(snapshots.map((s) => s.seq)).toEqual(snapshots.map((_, i) => i + 1));
    const results = await via(0)
      .http()
      .get(`/api/v1/periods/${w.periodId}/results`)
      .set(w.admin.auth)
      .expect(200);
    expect(JSON.stringify(results.body)).toContain('CSTP');
  });

  it('runs each scheduled job once per slot, whichever replica claims it (reminders, cleanup, backups)', async () => {
    // Let every job's slot come round a few times (slots of 3 to 3.6 s).
    await new Promise((r) => setTimeout(r, 12_000));
    const runs = await rows<{ job: string; slot: string; replica: string; outcome: string | null }>(
      `SELECT job, slot::text, replica, outcome FROM job_run ORDER BY job, slot`,
    );
    for (const job of ['reminders', 'evidence-cleanup', 'backup']) {
      const slots = runs.filter((r) => r.job === job).map((r) => Number(r.slot));
      expect({ job, atLeast: slots.length >= 2 }).toEqual({ job, atLeast: true });
      // Both processes woke at every boundary, yet each slot ran once (its primary key): the slots are
      // consecutive (one may be missed when a loaded machine stalls both processes past a boundary).
      expect(slots[slots.length - 1] - slots[0] + 1 - slots.length).toBeLessThanOrEqual(1);
    }
    // One archive per backup run, never two for a slot.
    const done = runs.filter((r) => r.job === 'backup' && r.outcome === 'ok').length;
    const archives = (await readdir(backupDir)).filter((name) => name.endsWith('.tar.gz'));
    expect(archives.length).toBeGreaterThanOrEqual(done);
    expect(archives.length).toBeLessThanOrEqual(runs.filter((r) => r.job === 'backup').length);
    expect(runs.filter((r) => r.outcome !== null && r.outcome !== 'ok')).toEqual([]);
    const seen = new Set(runs.map((r) => r.replica));
    expect(seen.size).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
