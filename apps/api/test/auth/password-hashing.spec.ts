import { parseOptions } from '@node-rs/argon2';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PasswordService } from '../../src/auth/password.service';
import { User } from '../../src/organization/user.entity';
import { createUser, freshIp, loginAdmin } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

/** Hashes made by the `argon2` package (0.45.1) the product used before `@node-rs/argon2` (issue 14). */
const legacy = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'legacy-argon2-hashes.json'), 'utf8'),
) as { library: string; hashes: { password: string; options: string; hash: string }[] };

describe('password hashing (@node-rs/argon2)', () => {
  const passwords = new PasswordService();

  it.each(legacy.hashes.map((h) => [h.options, h.password, h.hash]))(
    'verifies a hash stored by argon2@0.45.1 (%s parameters): %s',
    async (_options, password, hash) => {
      expect(legacy.library).toBe('argon2@0.45.1');
      await expect(passwords.verify(hash, password)).resolves.toBe(true);
      await expect(passwords.verify(hash, `${password}x`)).resolves.toBe(false);
      await expect(passwords.verify(hash, password.toUpperCase())).resolves.toBe(false);
      await expect(passwords.verify(hash, '')).resolves.toBe(false);
    },
  );

  it('hashes with the same algorithm and parameters as before (argon2id v1.3, 19 MiB, t=2, p=1)', async () => {
    const fresh = await passwords.hash('LamGiang@2026');
    expect(fresh).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    const before = legacy.hashes.find((h) => h.options === 'product')!.hash;
    expect(parseOptions(fresh)).toEqual(parseOptions(before));
    expect(parseOptions(fresh)).toEqual({
      algorithm: 2, // Argon2id
      version: 1, // 0x13
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
      outputLen: 32,
      saltLen: 16,
    });
    expect(fresh).not.toBe(await passwords.hash('LamGiang@2026')); // a fresh salt every time
    await expect(passwords.verify(fresh, 'LamGiang@2026')).resolves.toBe(true);
    await expect(passwords.verify(fresh, 'LamGiang@2025')).resolves.toBe(false);
  });

  it('treats a malformed stored hash as a failed check, not an error', async () => {
    await expect(passwords.verify('not-a-hash', 'whatever')).resolves.toBe(false);
    await expect(passwords.verify('', 'whatever')).resolves.toBe(false);
    await expect(passwords.verifyNobody('whatever')).resolves.toBe(false);
  });

  describe('through the API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('signs in a user whose stored hash was made by argon2@0.45.1; a wrong password is 401', async () => {
      const admin = await loginAdmin(t);
      const user = await createUser(t, admin, 'viewer');
      // The Vietnamese one: its UTF-8 bytes must reach argon2 exactly as the old library passed them.
      const { password, hash } = legacy.hashes.find((h) => h.password.startsWith('Mật khẩu'))!;
      await t.dataSource.getRepository(User).update({ id: user.id }, { passwordHash: hash });
      const login = (pw: string) =>
        t
          .http()
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', freshIp())
          .send({ username: user.username, password: pw });

      expect((await login(password)).status).toBe(200);
      const wrong = await login(`${password}!`);
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect((await login(user.password)).status).toBe(401); // the replaced hash no longer counts
    });
  });
});
