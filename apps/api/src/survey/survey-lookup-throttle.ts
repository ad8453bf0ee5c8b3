import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';

export const MAX_UNKNOWN_CODES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;
const MAX_CLIENTS = 100_000;

/**
 * Guessing codes is throttled per client: after 10 unknown-code lookups within a minute, every lookup from
 * that client answers 429 (Retry-After) until the minute has passed. Valid codes never count, so a commune
 * hall where many people answer behind one address is not slowed down. Kept in memory per API process
 * (with N replicas a client gets N × the allowance; 59-bit codes stay out of reach either way).
 */
@Injectable()
export class SurveyLookupThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  private recent(client: string, now: number): number[] {
    const times = (this.failures.get(client) ?? []).filter((at) => at > now - WINDOW_MS && at <= now);
    if (times.length) this.failures.set(client, times);
    else this.failures.delete(client);
    return times;
  }

  assertAllowed(client: string): void {
    const now = this.clock.now().getTime();
    const times = this.recent(client, now);
    if (times.length < MAX_UNKNOWN_CODES_PER_MINUTE) return;
    const retryAfter = Math.max(1, Math.ceil((times[0] + WINDOW_MS - now) / 1000));
    throw new DomainError('RATE_LIMITED', {
      detail: {
        vi: `Nhập sai mã phiếu quá ${MAX_UNKNOWN_CODES_PER_MINUTE} lần trong một phút; thử lại sau ${retryAfter} giây`,
        en: `More than ${MAX_UNKNOWN_CODES_PER_MINUTE} unknown codes in a minute; retry in ${retryAfter} s`,
      },
      headers: { 'Retry-After': String(retryAfter) },
      extensions: { retryAfter },
    });
  }

  recordUnknown(client: string): void {
    const now = this.clock.now().getTime();
    if (this.failures.size >= MAX_CLIENTS && !this.failures.has(client)) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.failures.set(client, [...this.recent(client, now), now]);
  }
}
