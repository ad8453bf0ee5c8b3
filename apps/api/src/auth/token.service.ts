import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import type { User } from '../organization/user.entity';
import type { Actor } from './principal';
import { RefreshToken } from './refresh-token.entity';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 14 * 24 * 60 * 60;
/** However often it is refreshed, a session ends this long after its sign-in. */
export const SESSION_MAX_SECONDS = 30 * 24 * 60 * 60;
/** Two tabs refreshing the same token this close together are one user, not a theft. */
export const REFRESH_GRACE_SECONDS = 10;

export interface AccessPayload {
  sub: string;
  role: string;
  /** The user's token version when issued; bumping it (password change, reset, disable) ends old tokens. */
  tv: number;
  /** The session (refresh-token family): logout ends it, and with it every access token it issued. */
  sid: string;
  /** Issued in-process to the first-start demo seed: the pending password change does not block it. */
  pcx?: true;
  typ: 'access';
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const match = /^rt_([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

/** Short-lived access JWTs and rotating, revocable refresh tokens (stored hashed). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A new login: a new refresh-token family. */
  async issue(
    manager: EntityManager,
    user: User,
    ip: string | null,
    options: { passwordChangeExempt?: boolean } = {},
  ): Promise<TokenPair> {
    return this.issueInFamily(
      manager,
      user,
      randomUUID(),
      this.clock.now(),
      ip,
      options.passwordChangeExempt,
    );
  }

  private async issueInFamily(
    manager: EntityManager,
    user: User,
    familyId: string,
    sessionStartedAt: Date,
    ip: string | null,
    passwordChangeExempt = false,
  ): Promise<TokenPair> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const sessionEnd = sessionStartedAt.getTime() + SESSION_MAX_SECONDS * 1000;
    await manager.insert(RefreshToken, {
      id,
      familyId,
      userId: user.id,
      tokenHash: sha256(secret),
      sessionStartedAt,
      expiresAt: new Date(Math.min(now.getTime() + REFRESH_TOKEN_SECONDS * 1000, sessionEnd)),
      usedAt: null,
      revokedAt: null,
      ip,
    });
    const payload: AccessPayload = {
      sub: user.id,
      role: user.role,
      tv: user.tokenVersion,
      sid: familyId,
      ...(passwordChangeExempt ? { pcx: true as const } : {}),
      typ: 'access',
    };
    const expiresIn = Math.max(
      1,
      Math.min(ACCESS_TOKEN_SECONDS, Math.floor((sessionEnd - now.getTime()) / 1000)),
    );
    return {
      accessToken: await this.jwt.signAsync(payload, { expiresIn }),
      refreshToken: `rt_${id}.${secret}`,
      expiresIn: ACCESS_TOKEN_SECONDS,
      tokenType: 'Bearer',
    };
  }

  /**
   * Rotates a refresh token. A token already used or revoked revokes its whole family (someone holds a
   * copy) and answers REFRESH_TOKEN_REUSED.
   */
  async rotate(
    token: string,
    actor: Actor,
    loadUser: (manager: EntityManager, id: string) => Promise<User | null>,
  ): Promise<TokenPair> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw new DomainError('TOKEN_INVALID');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshToken, {
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(sha256(parsed.secret)))) {
        return { error: 'TOKEN_INVALID' as const };
      }
      const now = this.clock.now();
      if (!row.usedAt && row.revokedAt) {
        // Ended on purpose (logout, password change, an admin's reset or disable): not a theft.
        return { error: 'SESSION_REVOKED' as const };
      }
      const withinGrace =
        row.usedAt && !row.revokedAt && now.getTime() - row.usedAt.getTime() <= REFRESH_GRACE_SECONDS * 1000;
      if (row.usedAt && !withinGrace) {
        await this.revokeFamily(manager, row.familyId, now);
        await this.audit.record(manager, actor, {
          action: 'auth.refresh_token_reused',
          entityType: 'user',
          entityId: row.userId,
          after: { familyId: row.familyId },
        });
        return { error: 'REFRESH_TOKEN_REUSED' as const };
      }
      if (row.expiresAt <= now) return { error: 'TOKEN_INVALID' as const };
      const user = await loadUser(manager, row.userId);
      if (!user || !user.active) {
        await this.revokeFamily(manager, row.familyId, now);
        return { error: 'ACCOUNT_DISABLED' as const };
      }
      if (!row.usedAt) await manager.update(RefreshToken, { id: row.id }, { usedAt: now });
      return {
        pair: await this.issueInFamily(manager, user, row.familyId, row.sessionStartedAt, actor.ip),
      };
    });
    // Errors leave the transaction committed (the family stays revoked), then answer.
    if ('pair' in outcome && outcome.pair) return outcome.pair;
    throw new DomainError('error' in outcome && outcome.error ? outcome.error : 'TOKEN_INVALID');
  }

  /** Logout: revokes the family of the given token, if it belongs to `userId`. */
  async revokeByToken(token: string, userId: string): Promise<boolean> {
    const parsed = parseRefreshToken(token);
    if (!parsed) return false;
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(RefreshToken, { id: parsed.id, userId });
      if (!row) return false;
      await this.revokeFamily(manager, row.familyId, this.clock.now());
      return true;
    });
  }

  /**
   * Whether the session an access token belongs to was not ended (logout, password change, an admin's
   * revoke). Its lifetime needs no check here: an access token never outlives its session's end.
   */
  async sessionIsLive(sessionId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM refresh_token WHERE family_id = $1 AND revoked_at IS NULL LIMIT 1`,
      [sessionId],
    );
    return rows.length > 0;
  }

  /** Drops refresh tokens that expired more than `olderThanMs` ago. */
  async purgeExpired(now: Date, olderThanMs: number): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM refresh_token WHERE expires_at < $1`,
      [new Date(now.getTime() - olderThanMs)],
    );
    return result[1];
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string, at: Date): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
