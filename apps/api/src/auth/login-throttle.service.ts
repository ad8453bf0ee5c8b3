import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { LoginAttempt } from './login-attempt.entity';

export const MAX_FAILURES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/**
 * After 10 failed logins within a minute from one client, `POST /auth/login` answers 429 with Retry-After.
 * Counted in PostgreSQL, so every API replica sees the same count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async assertAllowed(ip: string): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - WINDOW_MS);
    const rows = await this.dataSource.query<{ failures: string; oldest: Date | null }[]>(
      `SELECT count(*) AS failures, min(at) AS oldest FROM login_attempt WHERE ip = $1 AND succeeded = false AND at > $2 AND at <= $3`,
      [ip, since, now],
    );
    const failures = Number(rows[0]?.failures ?? 0);
    if (failures < MAX_FAILURES_PER_MINUTE) return;
    const oldest = rows[0]?.oldest ? new Date(rows[0].oldest) : now;
    const retryAfter = Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MS - now.getTime()) / 1000));
    throw new DomainError('RATE_LIMITED', {
      detail: {
        vi: `Đăng nhập sai quá ${MAX_FAILURES_PER_MINUTE} lần trong một phút; thử lại sau ${retryAfter} giây`,
        en: `More than ${MAX_FAILURES_PER_MINUTE} failed logins in a minute; retry in ${retryAfter} s`,
      },
      headers: { 'Retry-After': String(retryAfter) },
      extensions: { retryAfter },
    });
  }

  async record(manager: EntityManager, username: string, ip: string, succeeded: boolean): Promise<void> {
    await manager.insert(LoginAttempt, {
      username: username.slice(0, 200),
      ip,
      succeeded,
      at: this.clock.now(),
    });
  }
}
