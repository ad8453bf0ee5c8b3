import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

/** One counter: at most `limit` hits per fixed window; optional growing delays after `freeFailures`. */
export interface RatePolicy {
  key: string;
  windowMs: number;
  limit: number;
  /** Failures (see {@link RateLimitService.failed}) allowed before each further one adds a delay. */
  freeFailures?: number;
  /** The longest delay one failure can impose (never a lock: it always ends by itself). */
  maxDelayMs?: number;
}

export interface RateVerdict {
  key: string;
  count: number;
  /** Seconds until the next attempt is looked at; null when this one is allowed. */
  retryAfter: number | null;
}

/**
 * Throttling counters in PostgreSQL (table `rate_limit`), shared by every replica. `hit` counts an attempt
 * with one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` before any expensive work, so fifty parallel
 * requests are fifty counts, not one.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(policies: RatePolicy[], now: Date): Promise<RateVerdict[]> {
    const verdicts: RateVerdict[] = [];
    for (const policy of policies) {
      const rows = await this.dataSource.query<
        { count: number; window_start: Date; next_allowed_at: Date }[]
      >(
        `INSERT INTO rate_limit AS r (key, window_start, count, next_allowed_at) VALUES ($1, $2, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           window_start = CASE WHEN r.window_start <= $2::timestamptz - make_interval(secs => $3::float8 / 1000)
                               THEN $2::timestamptz ELSE r.window_start END,
           count = CASE WHEN r.window_start <= $2::timestamptz - make_interval(secs => $3::float8 / 1000)
                        THEN 1 ELSE r.count + 1 END
         RETURNING count, window_start, next_allowed_at`,
        [policy.key, now, policy.windowMs],
      );
      const row = rows[0];
      const nowMs = now.getTime();
      const nextAllowed = new Date(row.next_allowed_at).getTime();
      let retryMs: number | null = null;
      if (nextAllowed > nowMs) retryMs = nextAllowed - nowMs;
      else if (row.count > policy.limit)
        retryMs = new Date(row.window_start).getTime() + policy.windowMs - nowMs;
      verdicts.push({
        key: policy.key,
        count: Number(row.count),
        retryAfter: retryMs === null ? null : Math.max(1, Math.ceil(retryMs / 1000)),
      });
    }
    return verdicts;
  }

  /** Counts the attempts and throws RATE_LIMITED (429, Retry-After) when any policy refuses it. */
  async consume(policies: RatePolicy[], now: Date, what: { vi: string; en: string }): Promise<void> {
    const verdicts = await this.hit(policies, now);
    const retryAfter = Math.max(0, ...verdicts.map((v) => v.retryAfter ?? 0));
    if (retryAfter > 0) throw rateLimited(retryAfter, what);
  }

  /** A failed attempt: policies with `freeFailures` impose a delay that doubles with each further failure. */
  async failed(policies: RatePolicy[], now: Date): Promise<void> {
    for (const policy of policies) {
      if (policy.freeFailures === undefined) continue;
      await this.dataSource.query(
        `UPDATE rate_limit SET next_allowed_at = greatest(next_allowed_at,
           $2::timestamptz + make_interval(secs => least($4::float8, power(2, count - $3)) ))
         WHERE key = $1 AND count > $3`,
        [policy.key, now, policy.freeFailures, (policy.maxDelayMs ?? 60_000) / 1000],
      );
    }
  }

  /** Gives back one count (a success does not use up the allowance). */
  async refund(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE rate_limit SET count = greatest(count - 1, 0) WHERE key = $1`, [key]);
  }

  async reset(keys: string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit WHERE key = ANY($1::text[])`, [keys]);
  }

  /** Remembers a fact for a while (e.g. "this network signed in to this account"). */
  async mark(key: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rate_limit (key, window_start, count, next_allowed_at) VALUES ($1, $2, 1, $2)
       ON CONFLICT (key) DO UPDATE SET window_start = $2, count = 1`,
      [key, now],
    );
  }

  async isMarked(key: string, now: Date, withinMs: number): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM rate_limit WHERE key = $1 AND window_start > $2::timestamptz - make_interval(secs => $3::float8 / 1000)`,
      [key, now, withinMs],
    );
    return rows.length > 0;
  }

  /** Drops counters idle for longer than `olderThanMs` (the longest window in use is 30 days). */
  async purge(now: Date, olderThanMs: number): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM rate_limit WHERE window_start < $1::timestamptz - make_interval(secs => $2::float8 / 1000)
         AND next_allowed_at < $1::timestamptz`,
      [now, olderThanMs],
    );
    return result[1];
  }
}

export function rateLimited(retryAfter: number, what: { vi: string; en: string }): DomainError {
  return new DomainError('RATE_LIMITED', {
    detail: { vi: `${what.vi}; thử lại sau ${retryAfter} giây`, en: `${what.en}; retry in ${retryAfter} s` },
    headers: { 'Retry-After': String(retryAfter) },
    extensions: { retryAfter },
  });
}
