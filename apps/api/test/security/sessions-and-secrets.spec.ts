import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEnv } from '../../src/config/env';
import { TokenService } from '../../src/auth/token.service';
import { User } from '../../src/organization/user.entity';
import { createUser, freshIp, login, loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

/** Issue 20: sessions that end when they should, a forced password change the server enforces, no default secrets. */
describe('security: sessions, forced password change, first admin', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  const refresh = (refreshToken: string) =>
    t.http().post('/api/v1/auth/refresh').set('X-Forwarded-For', freshIp()).send({ refreshToken });

  it('logout ends the access token at once, not 15 minutes later', async () => {
    const session = await loginAdmin(t);
    await t.http().get('/api/v1/auth/me').set(session.auth).expect(200);
    await t
      .http()
      .post('/api/v1/auth/logout')
      .set(session.auth)
      .send({ refreshToken: session.refreshToken })
      .expect(204);
    const after = await t.http().get('/api/v1/auth/me').set(session.auth).expect(401);
    expect(after.body.code).toBe('SESSION_REVOKED');
    // Other sessions of the same user live on.
    await t.http().get('/api/v1/auth/me').set(admin.auth).expect(200);
  });

  it('a session ends 30 days after sign-in, however often it is refreshed', async () => {
    const session = await loginAdmin(t);
    let token = session.refreshToken;
    for (let day = 10; day <= 20; day += 10) {
      t.clock.advance(10 * 24 * 60 * 60_000);
      const res = await refresh(token).expect(200);
      token = res.body.refreshToken;
    }
    t.clock.advance(10 * 24 * 60 * 60_000 + 1000);
    await refresh(token).expect(401);
  });

  it('two tabs refreshing the same token at once are one user, not a theft', async () => {
    const session = await loginAdmin(t);
    const [a, b] = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    // Both tabs go on working: nothing was revoked.
    await refresh(a.body.refreshToken).expect(200);
    await refresh(b.body.refreshToken).expect(200);
  });

  it('a forced password change is enforced by the server: 403 everywhere but me, logout and the change', async () => {
    const admin = await loginAdmin(t); // the suite's clock has moved past the first session's life
    const user = await createUser(t, admin, 'viewer');
    const reset = await t
      .http()
      .post(`/api/v1/users/${user.id}/reset-password`)
      .set(admin.auth)
      .send({})
      .expect(200);
    const session = await login(t, user.username, reset.body.password);
    const blocked = await t.http().get('/api/v1/periods').set(session.auth).expect(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await t.http().get('/api/v1/auth/me').set(session.auth).expect(200)).body.mustChangePassword,
    ).toBe(true);
    const changed = await t
      .http()
      .post('/api/v1/auth/password')
      .set(session.auth)
      .send({ currentPassword: reset.body.password, newPassword: 'mat-khau-rieng-cua-toi-7' })
      .expect(200);
    await t
      .http()
      .get('/api/v1/periods')
      .set('Authorization', `Bearer ${changed.body.accessToken}`)
      .expect(200);
  });

  it('PAR_ADMIN_PASSWORD is held to the password policy; demo seeding is refused in production', () => {
    for (const weak of ['admin12345', 'short', 'aaaaaaaaaaaa', 'MyAdminPassword']) {
      expect(parseEnv({ PAR_ADMIN_PASSWORD: weak }).problems.map((p) => p.variable)).toEqual([
        'PAR_ADMIN_PASSWORD',
      ]);
    }
    expect(parseEnv({ PAR_ADMIN_PASSWORD: 'mot-mat-khau-tot-2026' }).problems).toEqual([]);
    expect(
      parseEnv({ NODE_ENV: 'production', PAR_SEED_DEMO: '1', JWT_SECRET: 'x'.repeat(40) }).problems.map(
        (p) => p.variable,
      ),
    ).toEqual(['PAR_SEED_DEMO']);
    expect(parseEnv({ NODE_ENV: 'development', PAR_SEED_DEMO: '1' }).problems).toEqual([]);
  });
});

describe('security: a generated first admin password', () => {
  it('is written once to PAR_DATA_DIR/admin-password.txt (0600), never to the log; it must be changed', async () => {
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    let t: TestApp | undefined;
    try {
      t = await createTestApp({ env: { PAR_ADMIN_PASSWORD: '' } });
    } finally {
      spy.mockRestore();
      void original;
    }
    try {
      const file = join(t.config.dataDir, 'admin-password.txt');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const password = /mật khẩu \/ password: (\S+)/.exec(await readFile(file, 'utf8'))?.[1];
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(written.join('')).not.toContain(password);
      expect(written.join('')).toContain(file);
      const session = await login(t, 'admin', password!);
      const res = await t.http().get('/api/v1/units').set(session.auth).expect(403);
      expect(res.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      // The first-start demo seed works in-process with a token the pending change does not block.
      const adminUser = await t.dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
      const seedPair = await t.dataSource.transaction((manager) =>
        t.app.get(TokenService).issue(manager, adminUser, null, { passwordChangeExempt: true }),
      );
      await t.http().get('/api/v1/units').set('Authorization', `Bearer ${seedPair.accessToken}`).expect(200);
      await t.http().get('/api/v1/units').set(session.auth).expect(403);
    } finally {
      await t.close();
    }
  }, 120_000);
});
