import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUnit, createUser, freshIp, login, loginAdmin, type Session } from '../support/auth';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app';

describe('auth: login, tokens, throttling', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    await createUnit(t, admin, 'STP');
  });
  afterAll(() => t.close());

  const post = (path: string, ip = freshIp()) => t.http().post(`/api/v1${path}`).set('X-Forwarded-For', ip);

  it('creates admin on first start from PAR_ADMIN_PASSWORD; /auth/me tells who is signed in', async () => {
    const me = await t.http().get('/api/v1/auth/me').set(admin.auth).expect(200);
    expect(me.body).toEqual({
      id: expect.any(String),
      username: 'admin',
      fullName: 'Quản trị hệ thống',
      role: 'admin',
      unitCode: null,
      unitName: null,
      areaCodes: [],
      mustChangePassword: false,
    });
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS, same as an unknown user', async () => {
    const wrong = await post('/auth/login')
      .send({ username: 'admin', password: 'nope-nope-nope' })
      .expect(401);
    const unknown = await post('/auth/login')
      .send({ username: 'ghost', password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.title).toBe(wrong.body.title);
  });

  it('rotates refresh tokens; reusing an old one revokes the whole family', async () => {
    const session = await loginAdmin(t);
    const first = await post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    expect(first.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      tokenType: 'Bearer',
    });
    expect(first.body.refreshToken).not.toBe(session.refreshToken);
    await t
      .http()
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${first.body.accessToken}`)
      .expect(200);

    // Past the few seconds two tabs may refresh the same token in, a reuse is a theft.
    t.clock.advance(11_000);
    const reuse = await post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The thief's reuse also ended the legitimate holder's newer token (revoked, never used).
    const after = await post('/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    expect(after.body.code).toBe('SESSION_REVOKED');
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'auth.refresh_token_reused' });
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('rejects garbage and expired refresh tokens', async () => {
    expect((await post('/auth/refresh').send({ refreshToken: 'not-a-token' }).expect(401)).body.code).toBe(
      'TOKEN_INVALID',
    );
    const session = await loginAdmin(t);
    t.clock.advance(15 * 24 * 3600 * 1000);
    try {
      expect(
        (await post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401)).body.code,
      ).toBe('TOKEN_INVALID');
    } finally {
      t.clock.advance(-15 * 24 * 3600 * 1000);
    }
  });

  it('logout revokes the session family', async () => {
    const session = await loginAdmin(t);
    await t
      .http()
      .post('/api/v1/auth/logout')
      .set(session.auth)
      .send({ refreshToken: session.refreshToken })
      .expect(204);
    expect(
      (await post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401)).body.code,
    ).toBe('SESSION_REVOKED');
  });

  it('signing in does not bump the account version (an admin editing it sees no false conflict)', async () => {
    const user = await createUser(t, admin, 'viewer');
    const before = await t.http().get(`/api/v1/users/${user.id}`).set(admin.auth).expect(200);
    await login(t, user.username, user.password);
    await post('/auth/login').send({ username: user.username, password: 'wrong-password' }).expect(401);
    const after = await t.http().get(`/api/v1/users/${user.id}`).set(admin.auth).expect(200);
    expect(after.body.version).toBe(before.body.version);
    expect(after.body.lastLoginAt).not.toBe(before.body.lastLoginAt);
  });

  it('a password change ends old access tokens and returns a working pair', async () => {
    const user = await createUser(t, admin, 'viewer');
    const res = await t
      .http()
      .post('/api/v1/auth/password')
      .set(user.session.auth)
      .send({ currentPassword: user.password, newPassword: 'a-brand-new-passphrase' })
      .expect(200);
    expect((await t.http().get('/api/v1/auth/me').set(user.session.auth).expect(401)).body.code).toBe(
      'TOKEN_INVALID',
    );
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    await login(t, user.username, 'a-brand-new-passphrase');
  });

  it('refuses a weak new password and a wrong current one', async () => {
    const user = await createUser(t, admin, 'viewer');
    const weak = await t
      .http()
      .post('/api/v1/auth/password')
      .set(user.session.auth)
      .send({ currentPassword: user.password, newPassword: 'short' })
      .expect(422);
    expect(weak.body.code).toBe('WEAK_PASSWORD');
    expect(weak.body.errors[0]).toMatchObject({ field: 'password', code: 'WEAK_PASSWORD' });
    const wrong = await t
      .http()
      .post('/api/v1/auth/password')
      .set(user.session.auth)
      .send({ currentPassword: 'not-it-at-all', newPassword: 'a-strong-enough-one' })
      .expect(422);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
  });

  it('40 rapid failed logins from one client: 10 × 401, then 429 with Retry-After', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    let last: { headers: Record<string, string>; body: { code: string } } | undefined;
    for (let i = 0; i < 40; i++) {
      const res = await post('/auth/login', ip).send({ username: `nobody${i}`, password: 'wrong-password' });
      statuses.push(res.status);
      last = res;
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    expect(last!.body.code).toBe('RATE_LIMITED');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(last!.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Even the right password is throttled for that client…
    await post('/auth/login', ip).send({ username: 'admin', password: ADMIN_PASSWORD }).expect(429);
    // …but not for another client, and not a minute later.
    await post('/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    t.clock.advance(61_000);
    await post('/auth/login', ip).send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
  });

  it('never locks an account: 5 failures in a row, then the right password signs in', async () => {
    const user = await createUser(t, admin, 'unit_editor', { unitCode: 'STP' });
    for (let i = 0; i < 5; i++) {
      await post('/auth/login').send({ username: user.username, password: 'wrong-password' }).expect(401);
    }
    await post('/auth/login').send({ username: user.username, password: user.password }).expect(200);
    const entries = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ entityId: user.id, action: 'auth.login_failed' });
    expect(entries).toHaveLength(5);
  });

  it('an admin reset ends the sessions and forces a change', async () => {
    const user = await createUser(t, admin, 'viewer');
    const reset = await t
      .http()
      .post(`/api/v1/users/${user.id}/reset-password`)
      .set(admin.auth)
      .send({})
      .expect(200);
    expect(reset.body.password).toMatch(/^[A-Za-z0-9]{16}$/);
    await t.http().get('/api/v1/auth/me').set(user.session.auth).expect(401);
    const fresh = await login(t, user.username, reset.body.password);
    expect((await t.http().get('/api/v1/auth/me').set(fresh.auth).expect(200)).body.mustChangePassword).toBe(
      true,
    );
  });

  it('a disabled user is out at once, and cannot sign in (the same 401 as a wrong password)', async () => {
    const user = await createUser(t, admin, 'viewer');
    const current = await t.http().get(`/api/v1/users/${user.id}`).set(admin.auth).expect(200);
    await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(admin.auth)
      .send({ active: false, version: current.body.version })
      .expect(200);
    await t.http().get('/api/v1/auth/me').set(user.session.auth).expect(401);
    const res = await post('/auth/login')
      .send({ username: user.username, password: user.password })
      .expect(401);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('records logins in the audit log', async () => {
    const entries = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'auth.login' });
    expect(entries.length).toBeGreaterThan(3);
    expect(entries[0]).toMatchObject({
      actorKind: 'user',
      entityType: 'user',
      ip: expect.stringMatching(/^10\./),
    });
  });
});
