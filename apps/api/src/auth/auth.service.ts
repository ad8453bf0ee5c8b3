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
import { TokenService, type TokenPair } from './token.service';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

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
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async login(username: string, password: string, actor: Actor): Promise<TokenPair> {
    const ip = actor.ip ?? 'unknown';
    await this.throttle.assertAllowed(ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const now = this.clock.now();

    if (user?.lockedUntil && user.lockedUntil > now) {
      await this.dataSource.transaction((manager) => this.throttle.record(manager, username, ip, false));
      const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
      throw new DomainError('ACCOUNT_LOCKED', {
        detail: {
          vi: `thử lại sau ${minutes} phút hoặc nhờ quản trị mở khóa`,
          en: `retry in ${minutes} min or ask an admin to unlock it`,
        },
        extensions: { lockedUntil: user.lockedUntil.toISOString() },
      });
    }
    const valid = user
      ? await this.passwords.verify(user.passwordHash, password)
      : await this.passwords.verifyNobody(password);

    if (!user || !valid) {
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.record(manager, username, ip, false);
        if (!user) {
          await this.audit.record(manager, actor, {
            action: 'auth.login_failed',
            entityType: 'user',
            after: { username: username.slice(0, 100), reason: 'unknown_user' },
          });
          return;
        }
        const locked = await manager.findOne(User, {
          where: { id: user.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!locked) return;
        locked.failedLogins += 1;
        const lockNow = locked.failedLogins >= LOCK_AFTER_FAILURES;
        if (lockNow) locked.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        // Login bookkeeping is not an edit of the account: no version bump, so an admin editing the user
        // at the same moment gets no false conflict.
        await manager.query('UPDATE app_user SET failed_logins = $2, locked_until = $3 WHERE id = $1', [
          locked.id,
          locked.failedLogins,
          locked.lockedUntil,
        ]);
        await this.audit.record(manager, actor, {
          action: lockNow ? 'auth.account_locked' : 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          after: { failedLogins: locked.failedLogins, lockedUntil: locked.lockedUntil },
        });
      });
      throw new DomainError('INVALID_CREDENTIALS');
    }
    if (!user.active) {
      await this.dataSource.transaction((manager) => this.throttle.record(manager, username, ip, false));
      throw new DomainError('ACCOUNT_DISABLED');
    }
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
    if (!(await this.passwords.verify(user.passwordHash, current))) throw new DomainError('WRONG_PASSWORD');
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

  /** First start: creates `admin` from PAR_ADMIN_PASSWORD, or with a generated password printed once. */
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
        process.stdout.write(
          `\n┌──────────────────────────────────────────────────────────────┐\n` +
            `│ Tài khoản quản trị / admin account (chỉ hiện một lần / shown once)\n` +
            `│   tên đăng nhập / username: admin\n` +
            `│   mật khẩu / password:      ${password}\n` +
            `│ Đổi mật khẩu sau lần đăng nhập đầu / change it after signing in\n` +
            `└──────────────────────────────────────────────────────────────┘\n\n`,
        );
      }
    });
  }
}
