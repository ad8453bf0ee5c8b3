import { createUnit, createUser, loginAdmin, type CreatedUser, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

describe('access control: roles, own unit, API keys', () => {
  let t: TestApp;
  let admin: Session;
  let editorA: CreatedUser;
  let headA: CreatedUser;
  let viewer: CreatedUser;
  let unitB: { version: number };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    await createUnit(t, admin, 'UA');
    unitB = await createUnit(t, admin, 'UB');
    editorA = await createUser(t, admin, 'unit_editor', { unitCode: 'UA' });
    headA = await createUser(t, admin, 'unit_head', { unitCode: 'UA' });
    viewer = await createUser(t, admin, 'viewer');
  });
  afterAll(() => t.close());

  const as = (user: CreatedUser) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set(user.session.auth),
    post: (path: string, body: object) => t.http().post(`/api/v1${path}`).set(user.session.auth).send(body),
    patch: (path: string, body: object) => t.http().patch(`/api/v1${path}`).set(user.session.auth).send(body),
  });

  it('a unit editor sees only its own unit', async () => {
    const list = await as(editorA).get('/units').expect(200);
    expect(list.body.items.map((u: { code: string }) => u.code)).toEqual(['UA']);
    await as(editorA).get('/units/UA').expect(200);
    const other = await as(editorA).get('/units/UB').expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
  });

  it('a unit editor or head cannot change another unit, nor its own', async () => {
    for (const user of [editorA, headA]) {
      expect(
        (await as(user).patch('/units/UB', { name: 'x', version: unitB.version }).expect(403)).body.code,
      ).toBe('FORBIDDEN');
      await as(user).patch('/units/UA', { name: 'x', version: 1 }).expect(403);
    }
  });

  it('non-admins cannot create users, units, unit types or API keys', async () => {
    for (const user of [editorA, headA, viewer]) {
      await as(user).post('/units', { code: 'NEW', name: 'Mới', type: 'department' }).expect(403);
      await as(user).post('/unit-types', { code: 'x', nameVi: 'x', nameEn: 'x' }).expect(403);
      await as(user)
        .post('/users', { username: 'sneaky', password: 'sneaky-password-1', fullName: 'S', role: 'admin' })
        .expect(403);
      await as(user)
        .post('/api-keys', { name: 'k', scopes: ['results:read'] })
        .expect(403);
      await as(user).get('/users').expect(403);
      await as(user).get('/audit').expect(403);
      await as(user).get('/api-keys').expect(403);
    }
  });

  it('no one raises their own role', async () => {
    const me = await as(editorA).get('/auth/me').expect(200);
    const res = await as(editorA).patch(`/users/${me.body.id}`, { role: 'admin', version: 1 }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await as(editorA).get('/auth/me').expect(200)).body.role).toBe('unit_editor');
  });

  it('a viewer reads every unit but changes nothing', async () => {
    const list = await as(viewer).get('/units').expect(200);
    expect(list.body.items.map((u: { code: string }) => u.code).sort()).toEqual(['UA', 'UB']);
    await as(viewer).patch('/units/UA', { name: 'x', version: 1 }).expect(403);
  });

  describe('API keys', () => {
    let key: string;
    let keyId: string;

    beforeAll(async () => {
      const res = await t
        .http()
        .post('/api/v1/api-keys')
        .set(admin.auth)
        .send({ name: 'Cổng thông tin tỉnh', scopes: ['units:read', 'results:read'] })
        .expect(201);
      key = res.body.key;
      keyId = res.body.id;
      expect(key).toMatch(/^par_[a-z0-9]{10}_/);
      // Its address, the one DELETE revokes.
      expect(res.headers.location).toBe(`/api/v1/api-keys/${keyId}`);
    });

    it('shows the key once: the list has its prefix, never the key or its hash', async () => {
      // `par_<prefix>_<secret>`: the base64url secret may itself contain `_`, so take all after the prefix.
      const [, prefix, secret] = /^par_([a-z0-9]{10})_(.+)$/.exec(key) ?? [];
      expect(secret).toBeDefined();
      const list = await t.http().get('/api/v1/api-keys').set(admin.auth).expect(200);
      const row = list.body.find((k: { id: string }) => k.id === keyId);
      expect(row).toEqual({
        id: keyId,
        name: 'Cổng thông tin tỉnh',
        prefix,
        scopes: ['units:read', 'results:read'],
        createdAt: expect.any(String),
        lastUsedAt: null,
        revokedAt: null,
        expiresAt: null,
      });
      expect(JSON.stringify(list.body)).not.toContain(secret);
    });

    it('reads what its scopes allow, records its last use, and nothing else', async () => {
      const units = await t.http().get('/api/v1/units').set('X-API-Key', key).expect(200);
      expect(units.body.items).toHaveLength(2);
      expect(units.body.total).toBe(2);
      await t
        .http()
        .post('/api/v1/units')
        .set('X-API-Key', key)
        .send({ code: 'K1', name: 'k', type: 'department' })
        .expect(403);
      await t.http().get('/api/v1/users').set('X-API-Key', key).expect(403);
      await t.http().get('/api/v1/auth/me').set('X-API-Key', key).expect(403);
      const list = await t.http().get('/api/v1/api-keys').set(admin.auth).expect(200);
      expect(list.body.find((k: { id: string }) => k.id === keyId).lastUsedAt).toEqual(expect.any(String));
    });

    it('a key without the scope is refused; a forged or revoked key is 401', async () => {
      const other = await t
        .http()
        .post('/api/v1/api-keys')
        .set(admin.auth)
        .send({ name: 'Một cửa', scopes: ['indicators:write'] })
        .expect(201);
      await t.http().get('/api/v1/units').set('X-API-Key', other.body.key).expect(403);
      const forged = `${key.slice(0, -4)}AAAA`;
      expect((await t.http().get('/api/v1/units').set('X-API-Key', forged).expect(401)).body.code).toBe(
        'INVALID_API_KEY',
      );
      const revoked = await t.http().delete(`/api/v1/api-keys/${keyId}`).set(admin.auth).expect(204);
      expect(revoked.text).toBe('');
      expect((await t.http().get('/api/v1/units').set('X-API-Key', key).expect(401)).body.code).toBe(
        'INVALID_API_KEY',
      );
    });

    it('a key past its expiresAt is 401 API_KEY_EXPIRED, audited; a date alone ends that day in Vietnam', async () => {
      const created = await t
        .http()
        .post('/api/v1/api-keys')
        .set(admin.auth)
        .send({ name: 'Hệ thống một cửa', scopes: ['units:read'], expiresAt: '2099-03-31' })
        .expect(201);
      // End of 31 March in Asia/Ho_Chi_Minh (UTC+7).
      expect(created.body.expiresAt).toBe('2099-03-31T16:59:59.999Z');
      const list = await t.http().get('/api/v1/api-keys').set(admin.auth).expect(200);
      expect(list.body.find((k: { id: string }) => k.id === created.body.id).expiresAt).toBe(
        '2099-03-31T16:59:59.999Z',
      );
      await t.http().get('/api/v1/units').set('X-API-Key', created.body.key).expect(200);
      t.clock.setNow(new Date('2099-03-31T16:59:00Z'));
      try {
        await t.http().get('/api/v1/units').set('X-API-Key', created.body.key).expect(200);
        t.clock.setNow(new Date('2099-03-31T17:00:00Z'));
        const refused = await t.http().get('/api/v1/units').set('X-API-Key', created.body.key).expect(401);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(refused.body.code).toBe('API_KEY_EXPIRED');
        const audit = await t
          .http()
          .get('/api/v1/audit')
          .query({ action: 'api_key.expired_refused' })
          .set((await loginAdmin(t)).auth)
          .expect(200);
        const entries = audit.body.items ?? audit.body;
        expect(entries.some((e: { entityId: string }) => e.entityId === created.body.id)).toBe(true);
      } finally {
        t.clock.setNow(new Date());
      }
    });

    it('an expiry in the past or malformed is refused at creation (400)', async () => {
      for (const expiresAt of ['2001-01-01', '2099-02-30', 'tomorrow']) {
        const res = await t
          .http()
          .post('/api/v1/api-keys')
          .set(admin.auth)
          .send({ name: 'k', scopes: ['units:read'], expiresAt })
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });
});
