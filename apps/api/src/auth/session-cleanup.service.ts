import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { KNOWN_NETWORK_MS } from './login-throttle.service';
import { RateLimitService } from './rate-limit.service';
import { TokenService } from './token.service';

const DAY = 24 * 60 * 60_000;
/** Login attempts are kept this long (for investigations), then purged. */
export const LOGIN_ATTEMPT_RETENTION_MS = 90 * DAY;
/** Expired refresh tokens are kept this long (reuse detection answers SESSION_REVOKED meanwhile). */
export const REFRESH_TOKEN_RETENTION_MS = 7 * DAY;
const EVERY_MS = 60 * 60_000;

/** Hourly purge of old login attempts, expired refresh tokens and idle throttling counters. */
@Injectable()
export class SessionCleanupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SessionCleanup');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly limits: RateLimitService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.purge().catch((error: unknown) =>
        this.logger.warn(`purge failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(): Promise<{ loginAttempts: number; refreshTokens: number; rateLimits: number }> {
    const now = this.clock.now();
    const attempts = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM login_attempt WHERE at < $1`,
      [new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS)],
    );
    return {
      loginAttempts: attempts[1],
      refreshTokens: await this.tokens.purgeExpired(now, REFRESH_TOKEN_RETENTION_MS),
      rateLimits: await this.limits.purge(now, KNOWN_NETWORK_MS + DAY),
    };
  }
}
