import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';

export const MAX_UNKNOWN_CODES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/**
 * Guessing codes is throttled per client: after 10 unknown-code lookups within a minute, every lookup from
 * that client answers 429 (Retry-After) until the minute has passed. Valid codes never count, so a commune
 * hall where many people answer behind one address is not slowed down. Counted in PostgreSQL (`rate_limit`,
 * key `survey:unknown:<client>`, one atomic upsert per unknown code), so every API replica shares the count.
 */
@Injectable()
export class SurveyLookupThrottle {
  constructor(
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private key(client: string): string {
    return `survey:unknown:${client}`;
  }

  async assertAllowed(client: string): Promise<void> {
    const now = this.clock.now().getTime();
    const rows = await this.dataSource.query<{ count: number; window_start: Date }[]>(
      `SELECT count, window_start FROM rate_limit WHERE key = $1`,
      [this.key(client)],
    );
    const row = rows[0];
    if (!row) return;
    const start = new Date(row.window_start).getTime();
    if (start <= now - WINDOW_MS || start > now || Number(row.count) < MAX_UNKNOWN_CODES_PER_MINUTE) return;
    const retryAfter = Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
    throw new DomainError('RATE_LIMITED', {
      detail: {
        vi: `Nhập sai mã phiếu quá ${MAX_UNKNOWN_CODES_PER_MINUTE} lần trong một phút; thử lại sau ${retryAfter} giây`,
        en: `More than ${MAX_UNKNOWN_CODES_PER_MINUTE} unknown codes in a minute; retry in ${retryAfter} s`,
      },
      headers: { 'Retry-After': String(retryAfter) },
      extensions: { retryAfter },
    });
  }

  async recordUnknown(client: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `INSERT INTO rate_limit AS r (key, window_start, count, next_allowed_at) VALUES ($1, $2, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN r.window_start <= $2::timestamptz - make_interval(secs => $3::float8 / 1000)
                               OR r.window_start > $2::timestamptz
                             THEN $2::timestamptz ELSE r.window_start END,
         count = CASE WHEN r.window_start <= $2::timestamptz - make_interval(secs => $3::float8 / 1000)
                        OR r.window_start > $2::timestamptz
                      THEN 1 ELSE r.count + 1 END`,
      [this.key(client), now, WINDOW_MS],
    );
  }
}
