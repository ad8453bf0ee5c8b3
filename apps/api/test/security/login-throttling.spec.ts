import { parseEnv } from '../../src/config/env';
import { createUser, freshIp, loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

/** Issue 20: throttling that slows attackers down without letting a stranger lock an owner out. */
describe('security: login throttling, no lockout', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, ip: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ username, password });

  it('a stranger failing all day long cannot keep the owner out', async () => {
    const owner = await createUser(t, admin, 'viewer');
    const home = freshIp();
    await login(owner.username, owner.password, home).expect(200);
    const stranger = freshIp();
    // One wrong password every 20 s for 10 minutes, then a burst: the old code locked the account for good.
    for (let i = 0; i < 30; i++) {
      await login(owner.username, `wrong-${i}`, stranger);
      t.clock.advance(20_000);
    }
    for (let i = 0; i < 20; i++) await login(owner.username, `burst-${i}`, stranger);
    // From the network the owner signed in from: straight in.
    await login(owner.username, owner.password, home).expect(200);
    // From a network never seen: at most a short delay that ends by itself, never a lock.
    const laptop = freshIp();
    const first = await login(owner.username, owner.password, laptop);
    if (first.status === 429) {
      const wait = Number(first.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      t.clock.advance(wait * 1000);
      await login(owner.username, owner.password, laptop).expect(200);
    } else {
      expect(first.status).toBe(200);
    }
  });

  it('counts 50 parallel wrong passwords, all of them, before hashing: at most 10 reach the hash', async () => {
    const victim = await createUser(t, admin, 'viewer');
    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(victim.username, `parallel-${i}`, ip)),
    );
    const statuses = answers.map((res) => res.status);
    // Every one is answered 401 or 429; the per-network limit lets at most 10 reach the hash (fewer when the
    // first failures already set the account's delay).
    const failed = statuses.filter((s) => s === 401).length;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - failed);
    const [row] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count FROM rate_limit WHERE key = $1`,
      [`login:net:${ip}`],
    );
    expect(row.count).toBe(50);
    t.clock.advance(61_000);
  });

  it('throttles an IPv6 client by its /64, not by each of its endless addresses', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 12; i++) {
      const res = await login(`nobody-v6-${i}`, 'wrong-password', `2001:db8:20:7::${i.toString(16)}`);
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another /64 is another client.
    await login('nobody-v6', 'wrong-password', '2001:db8:20:8::1').expect(401);
    t.clock.advance(61_000);
  });

  it('grows the delay on one account from one network, and lets it end by itself', async () => {
    const victim = await createUser(t, admin, 'viewer');
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await login(victim.username, `wrong-${i}`, ip).expect(401);
    await login(victim.username, 'wrong-6', ip).expect(401); // the 6th failure sets a delay
    const delayed = await login(victim.username, victim.password, ip).expect(429);
    expect(delayed.body.code).toBe('RATE_LIMITED');
    const wait = Number(delayed.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    t.clock.advance(wait * 1000);
    await login(victim.username, victim.password, ip).expect(200);
  });

  it('answers an unknown user, a wrong password and a disabled account alike (no enumeration)', async () => {
    const disabled = await createUser(t, admin, 'viewer');
    const current = await t.http().get(`/api/v1/users/${disabled.id}`).set(admin.auth).expect(200);
    await t
      .http()
      .patch(`/api/v1/users/${disabled.id}`)
      .set(admin.auth)
      .send({ active: false, version: current.body.version })
      .expect(200);
    const other = await createUser(t, admin, 'viewer');
    const answers = [
      await login('no-such-user-anywhere', 'some-password', freshIp()),
      await login(other.username, 'wrong-password', freshIp()),
      // The disabled account's right password must not be confirmed either.
      await login(disabled.username, disabled.password, freshIp()),
      await login(disabled.username, 'wrong-password', freshIp()),
    ];
    const shape = (res: (typeof answers)[number]) => ({
      status: res.status,
      code: res.body.code,
      title: res.body.title,
      detail: res.body.detail,
    });
    for (const res of answers) expect(shape(res)).toEqual(shape(answers[0]));
    expect(answers[0].status).toBe(401);
    expect(answers[0].body.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles POST /auth/password: the 6th wrong current password in 15 minutes is 429', async () => {
    const user = await createUser(t, admin, 'viewer');
    const change = (currentPassword: string) =>
      t
        .http()
        .post('/api/v1/auth/password')
        .set(user.session.auth)
        .send({ currentPassword, newPassword: 'mot-mat-khau-moi-9' });
    for (let i = 0; i < 5; i++) await change(`wrong-${i}`).expect(422);
    const res = await change(user.password).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(15 * 60_000 + 1000);
    await change(user.password).expect(200);
  });

  it('believes X-Forwarded-For only from a trusted proxy: a client cannot pick its own address', async () => {
    // The proxy (loopback here) appends the real client; whatever the client put before it is ignored.
    const real = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i + 1}, ${real}`)
        .send({ username: `spoof-${i}`, password: 'wrong-password' });
      statuses.push(res.status);
    }
    expect(statuses.slice(10)).toEqual([429, 429]);
    // "Trust everyone" is refused at boot.
    expect(parseEnv({ TRUST_PROXY: 'true' }).problems.map((p) => p.variable)).toEqual(['TRUST_PROXY']);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.10, loopback' }).problems).toEqual([]);
    t.clock.advance(61_000);
  });

  it('purges old login attempts, expired refresh tokens and idle counters (scheduled cleanup)', async () => {
    const { SessionCleanupService } = await import('../../src/auth/session-cleanup.service');
    const before = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM login_attempt`);
    expect(Number(before[0].n)).toBeGreaterThan(0);
    t.clock.advance(100 * 24 * 60 * 60_000);
    const purged = await t.app.get(SessionCleanupService).purge();
    expect(purged.loginAttempts).toBe(Number(before[0].n));
    expect(purged.refreshTokens).toBeGreaterThan(0);
    expect(purged.rateLimits).toBeGreaterThan(0);
    const after = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM login_attempt`);
    expect(Number(after[0].n)).toBe(0);
  });
});
