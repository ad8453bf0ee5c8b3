import { createUnit, createUser, loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('organization: units, unit types, users', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  const api = () => ({
    get: (p: string) => t.http().get(`/api/v1${p}`).set(admin.auth),
    post: (p: string, b: object) => t.http().post(`/api/v1${p}`).set(admin.auth).send(b),
    patch: (p: string, b: object) => t.http().patch(`/api/v1${p}`).set(admin.auth).send(b),
  });

  it('ships the unit types of the two-level government, and takes new ones as data', async () => {
    const types = await api().get('/unit-types').expect(200);
    expect(types.body.map((x: { code: string }) => x.code)).toEqual(
      expect.arrayContaining(['department', 'commune', 'ward', 'district', 'ministry', 'province']),
    );
    await api()
      .post('/unit-types', {
        code: 'industrial_zone',
        nameVi: 'Ban quản lý KCN',
        nameEn: 'Industrial zone board',
      })
      .expect(201);
    expect(
      (await api().post('/unit-types', { code: 'industrial_zone', nameVi: 'x', nameEn: 'x' }).expect(409))
        .body.code,
    ).toBe('UNIT_TYPE_TAKEN');
    await createUnit(t, admin, 'BQL-KCN', 'industrial_zone');
  });

  it('creates units with parents; refuses duplicates, unknown types and cycles', async () => {
    await createUnit(t, admin, 'TINH', 'province', 'UBND tỉnh');
    const res = await api()
      .post('/units', { code: 'STC', name: 'Sở Tài chính', type: 'department', parentCode: 'TINH' })
      .expect(201);
    expect(res.body).toMatchObject({
      code: 'STC',
      name: 'Sở Tài chính',
      type: 'department',
      parentCode: 'TINH',
      active: true,
      version: 1,
    });
    expect(
      (await api().post('/units', { code: 'STC', name: 'x', type: 'department' }).expect(409)).body.code,
    ).toBe('UNIT_CODE_TAKEN');
    expect(
      (await api().post('/units', { code: 'X1', name: 'x', type: 'galaxy' }).expect(422)).body.code,
    ).toBe('UNIT_TYPE_UNKNOWN');
    expect(
      (
        await api()
          .post('/units', { code: 'X2', name: 'x', type: 'department', parentCode: 'NOPE' })
          .expect(422)
      ).body.code,
    ).toBe('UNIT_PARENT_INVALID');
    const tinh = await api().get('/units/TINH').expect(200);
    const cycle = await api()
      .patch('/units/TINH', { parentCode: 'STC', version: tinh.body.version })
      .expect(422);
    expect(cycle.body.code).toBe('UNIT_PARENT_INVALID');
  });

  it('refuses a stale version with 409 and the current state; nothing is overwritten', async () => {
    const unit = await createUnit(t, admin, 'SXD', 'department', 'Sở Xây dựng');
    await api().patch('/units/SXD', { name: 'Sở Xây dựng (1)', version: unit.version }).expect(200);
    const stale = await api()
      .patch('/units/SXD', { name: 'Sở Xây dựng (2)', version: unit.version })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.current).toMatchObject({ name: 'Sở Xây dựng (1)', version: unit.version + 1 });
    expect((await api().get('/units/SXD')).body.name).toBe('Sở Xây dựng (1)');
  });

  it('validates bodies field by field (all problems at once)', async () => {
    const res = await api()
      .post('/units', { code: 'has space', name: '', type: 'department', extra: 1 })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'extra', 'name']);
  });

  it('users: unique usernames ignoring case, strong passwords, units for unit roles, scopes for appraisers', async () => {
    await createUnit(t, admin, 'STP');
    await createUser(t, admin, 'unit_editor', { unitCode: 'STP', username: 'stp.canbo' });
    const dup = await api()
      .post('/users', { username: 'STP.CANBO', password: 'long-enough-pass', fullName: 'x', role: 'viewer' })
      .expect(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
    const weak = await api()
      .post('/users', { username: 'weakling', password: 'weakling1', fullName: 'x', role: 'viewer' })
      .expect(422);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    expect(weak.body.errors.length).toBe(2);
    expect(
      (
        await api()
          .post('/users', {
            username: 'nounit',
            password: 'long-enough-pass',
            fullName: 'x',
            role: 'unit_head',
          })
          .expect(422)
      ).body.code,
    ).toBe('USER_UNIT_REQUIRED');
    expect(
      (
        await api()
          .post('/users', {
            username: 'noscope',
            password: 'long-enough-pass',
            fullName: 'x',
            role: 'appraiser',
          })
          .expect(422)
      ).body.code,
    ).toBe('APPRAISER_SCOPE_REQUIRED');
    const appraiser = await api()
      .post('/users', {
        username: 'thamdinh1',
        password: 'long-enough-pass',
        fullName: 'Trần Thị Bình',
        role: 'appraiser',
        areaCodes: ['1', '2', '2'],
      })
      .expect(201);
    expect(appraiser.body).toMatchObject({ role: 'appraiser', areaCodes: ['1', '2'], unitCode: null });
    const list = await api().get('/users?role=unit_editor').expect(200);
    expect(
      list.body.items.map((u: { username: string; unitCode: string }) => [u.username, u.unitCode]),
    ).toEqual([['stp.canbo', 'STP']]);
  });

  it('never demotes or disables the last admin', async () => {
    const me = await api().get('/auth/me').expect(200);
    const user = await api().get(`/users/${me.body.id}`).expect(200);
    expect(
      (await api().patch(`/users/${me.body.id}`, { role: 'viewer', version: user.body.version }).expect(409))
        .body.code,
    ).toBe('LAST_ADMIN');
    expect(
      (await api().patch(`/users/${me.body.id}`, { active: false, version: user.body.version }).expect(409))
        .body.code,
    ).toBe('LAST_ADMIN');
  });

  it('audits user and unit changes without secrets', async () => {
    const res = await api().get('/audit?action=user.create').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$argon2/);
  });
});
