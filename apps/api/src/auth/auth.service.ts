import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { User } from '../organization/user.entity';
import { principalOf } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import type { Actor } from './principal';
import { RateLimitService } from './rate-limit.service';
import { TokenService, type TokenPair } from './token.service';

const loadUser = (manager: EntityManager, id: string) =>
  manager.findOne(User, { where: { id }, relations: { unit: true } });

/** Login, refresh, logout, password change, and the first admin account. */
@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly limits: RateLimitService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * One answer (401 INVALID_CREDENTIALS) for an unknown user, a wrong password and a disabled account, so
   * the answer tells nothing about the account; throttled (429) before the hash, never locked.
   */
  async login(username: string, password: string, actor: Actor): Promise<TokenPair> {
    const ip = actor.ip ?? 'unknown';
    await this.throttle.beforeAttempt(username, actor.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const now = this.clock.now();
    const valid = user
      ? await this.passwords.verify(user.passwordHash, password)
      : await this.passwords.verifyNobody(password);

    if (!user || !valid || !user.active) {
      await this.throttle.afterFailure(username, actor.ip);
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.record(manager, username, ip, false);
        await this.audit.record(manager, actor, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: {
            username: username.slice(0, 100),
            reason: !user ? 'unknown_user' : !valid ? 'wrong_password' : 'disabled',
          },
        });
      });
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.throttle.afterSuccess(username, actor.ip);
    return this.dataSource.transaction(async (manager) => {
      await this.throttle.record(manager, username, ip, true);
      await manager.query(
        'UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1',
        [user.id, now],
      );
      const pair = await this.tokens.issue(manager, user, actor.ip);
      await this.audit.record(
        manager,
        { ...actor, principal: principalOf(user) },
        { action: 'auth.login', entityType: 'user', entityId: user.id },
      );
      return pair;
    });
  }

  refresh(refreshToken: string, actor: Actor): Promise<TokenPair> {
    return this.tokens.rotate(refreshToken, actor, loadUser);
  }

  async logout(refreshToken: string | undefined, actor: Actor): Promise<void> {
    const userId = actor.principal?.id;
    if (!userId) return;
    const revoked = refreshToken ? await this.tokens.revokeByToken(refreshToken, userId) : false;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: userId,
        after: { revoked },
      }),
    );
  }

  async me(userId: string): Promise<User> {
    const user = await loadUser(this.dataSource.manager, userId);
    if (!user) throw new DomainError('TOKEN_INVALID');
    return user;
  }

  /** Changes the caller's own password: ends every other session and returns a fresh token pair. */
  async changePassword(userId: string, current: string, next: string, actor: Actor): Promise<TokenPair> {
    const user = await this.me(userId);
    const attempts = { key: `password:user:${user.id}`, windowMs: 15 * 60_000, limit: 5 };
    await this.limits.consume([attempts], this.clock.now(), {
      vi: 'Nhập sai mật khẩu hiện tại quá nhiều lần',
      en: 'Too many wrong current passwords',
    });
    if (!(await this.passwords.verify(user.passwordHash, current))) throw new DomainError('WRONG_PASSWORD');
    await this.limits.reset([attempts.key]);
    this.passwords.assertStrong(next, user.username);
    if (current === next) {
      throw new DomainError('WEAK_PASSWORD', {
        detail: { vi: 'mật khẩu mới phải khác mật khẩu cũ', en: 'the new password must differ' },
      });
    }
    const passwordHash = await this.passwords.hash(next);
    return this.dataSource.transaction(async (manager) => {
      user.passwordHash = passwordHash;
      user.mustChangePassword = false;
      user.tokenVersion += 1;
      await manager.update(
        User,
        { id: user.id },
        { passwordHash, mustChangePassword: false, tokenVersion: user.tokenVersion },
      );
      await this.tokens.revokeAllOf(manager, user.id);
      await this.audit.record(manager, actor, {
        action: 'auth.password_change',
        entityType: 'user',
        entityId: user.id,
      });
      return this.tokens.issue(manager, user, actor.ip);
    });
  }

  /**
   * First start: creates `admin` from PAR_ADMIN_PASSWORD, or with a generated password written once to
   * `PAR_DATA_DIR/admin-password.txt` (mode 0600) — never to the log, which container platforms keep.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('par:bootstrap-admin'))`);
      if ((await manager.countBy(User, { role: 'admin' })) > 0) return;
      const given = this.config.env.PAR_ADMIN_PASSWORD;
      const password = given ?? this.passwords.generate(16);
      const admin = manager.create(User, {
        username: 'admin',
        fullName: 'Quản trị hệ thống',
        passwordHash: await this.passwords.hash(password),
        role: 'admin',
        unitId: null,
        areaCodes: [],
        active: true,
        mustChangePassword: !given,
      });
      await manager.save(admin);
      await this.audit.record(
        manager,
        { principal: null, ip: null, requestId: null },
        {
          action: 'user.create',
          entityType: 'user',
          entityId: admin.id,
          after: { username: 'admin', role: 'admin', source: given ? 'PAR_ADMIN_PASSWORD' : 'generated' },
        },
      );
      if (given) {
        this.logger.log(
          'Tạo tài khoản admin từ PAR_ADMIN_PASSWORD / created user admin from PAR_ADMIN_PASSWORD',
        );
      } else {
        const file = await writeAdminPasswordFile(this.config.dataDir, password);
        process.stdout.write(
          `\nTài khoản quản trị "admin": mật khẩu ở tệp ${file} (chỉ chủ sở hữu đọc được); đổi mật khẩu khi đăng nhập lần đầu rồi xóa tệp.\n` +
            `Admin account "admin": its password is in ${file} (owner-only); change it at first sign-in, then delete the file.\n\n`,
        );
      }
    });
  }
}

/** Writes the generated admin password to a new owner-only file (never overwrites one); returns its path. */
export async function writeAdminPasswordFile(dataDir: string, password: string): Promise<string> {
  const file = join(dataDir, 'admin-password.txt');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `tên đăng nhập / username: admin\nmật khẩu / password: ${password}\n`, {
    mode: 0o600,
    flag: 'w',
  });
  await chmod(file, 0o600);
  return file;
}
