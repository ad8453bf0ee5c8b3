import { Client } from 'pg';
import { EMPTY_NAMES, entityName } from '../../src/audit/audit-query.repository';
import { createUnit, loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('audit log', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    const unit = await createUnit(t, admin, 'SNV', 'department', 'Sở Nội vụ');
    await t
      .http()
      .patch('/api/v1/units/SNV')
      .set(admin.auth)
      .send({ name: 'Sở Nội vụ tỉnh', version: unit.version })
      .expect(200);
  });
  afterAll(() => t.close());

  it('the database refuses UPDATE, DELETE and TRUNCATE of the audit log, even to its owner', async () => {
    const [{ count }] = await t.dataSource.query<{ count: string }[]>('SELECT count(*) FROM audit_log');
    expect(Number(count)).toBeGreaterThan(0);
    // The app's role has no such privilege at all (test/security/audit-protection.spec.ts); the triggers
    // stop the owner too.
    const owner = new Client({ connectionString: t.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(owner.query('DELETE FROM audit_log')).rejects.toThrow(/append-only: DELETE refused/);
      await expect(owner.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    } finally {
      await owner.end();
    }
    const [{ count: after }] = await t.dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM audit_log',
    );
    expect(after).toBe(count);
  });

  it('records a unit change with actor, before/after diff, IP and request id', async () => {
    const res = await t
      .http()
      .get('/api/v1/audit')
      .query({ action: 'unit.update', entityId: 'SNV' })
      .set(admin.auth)
      .expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      actorKind: 'user',
      actorName: 'admin',
      action: 'unit.update',
      entityType: 'unit',
      entityId: 'SNV',
      // By name, as it is now, so the log reads without ids.
      entityName: 'Sở Nội vụ tỉnh',
      diff: { name: ['Sở Nội vụ', 'Sở Nội vụ tỉnh'] },
      ip: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('names the users, periods and assessments its entries are about instead of their ids', async () => {
    const login = await t
      .http()
      .get('/api/v1/audit')
      .query({ action: 'auth.login', pageSize: 1 })
      .set(admin.auth)
      .expect(200);
    const [entry] = login.body.items;
    expect(entry.entityId).toMatch(/^[0-9a-f-]{36}$/);
    const [{ full_name }] = await t.dataSource.query<{ full_name: string }[]>(
      `SELECT full_name FROM app_user WHERE username = 'admin'`,
    );
    expect(entry.entityName).toBe(full_name);
    expect(entry.actorFullName).toBe(full_name);
    // An assessment item's id is `period/unit/leaf`: each part by its name.
    const period = '6f1c2a7e-3b1d-4f7a-9a53-2d8f0c1e4b5a';
    const names = {
      ...EMPTY_NAMES,
      period: new Map([[period, 'Kỳ đánh giá năm 2026']]),
      unitByCode: new Map([['STP', 'Sở Tư pháp']]),
    };
    expect(entityName({ entityType: 'assessment_item', entityId: `${period}/STP/1.2` }, names)).toBe(
      'Sở Tư pháp — Kỳ đánh giá năm 2026 — 1.2',
    );
    expect(entityName({ entityType: 'period', entityId: period }, names)).toBe('Kỳ đánh giá năm 2026');
    expect(entityName({ entityType: 'user', entityId: period }, names)).toBeNull();
  });

  it('filters by action prefix and pages', async () => {
    const all = await t
      .http()
      .get('/api/v1/audit')
      .query({ action: 'unit.', pageSize: 1 })
      .set(admin.auth)
      .expect(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items).toHaveLength(1);
    expect(all.body.items[0].action).toBe('unit.update'); // newest first
    const page2 = await t
      .http()
      .get('/api/v1/audit')
      .query({ action: 'unit.', pageSize: 1, page: 2 })
      .set(admin.auth)
      .expect(200);
    expect(page2.body.items[0].action).toBe('unit.create');
  });

  it('rejects bad filters with 400', async () => {
    const res = await t
      .http()
      .get('/api/v1/audit')
      .query({ from: 'yesterday', pageSize: 10_000 })
      .set(admin.auth)
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'pageSize']);
  });

  it('exports CSV that Excel opens with Vietnamese intact', async () => {
    const res = await t
      .http()
      .get('/api/v1/audit/export')
      .query({ action: 'unit.' })
      .set(admin.auth)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('attachment');
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Hành động / Action');
    expect(lines[1]).toContain('unit.update');
    expect(lines[1]).toContain('Sở Nội vụ tỉnh');
  });
});
