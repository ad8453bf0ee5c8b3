import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import { clientNetwork } from './client-network';
import { LoginAttempt } from './login-attempt.entity';
import { RateLimitService, rateLimited, type RatePolicy } from './rate-limit.service';

export const MAX_FAILURES_PER_MINUTE = 10;
const MINUTE = 60_000;
/** A network that signed in to an account is "known" to it for this long. */
export const KNOWN_NETWORK_MS = 30 * 24 * 60 * MINUTE;

/**
 * Login throttling that slows attackers without ever locking an owner out (see ADR 0006):
 * - per client network (IPv4 address, IPv6 /64): 10 failed attempts a minute, then 429 until the minute ends;
 * - per account and network: after 5 failures each further one doubles a delay (1 s, 2 s, … at most 60 s);
 * - per account from networks that never signed in to it: after 20 failures in 15 minutes, the same growing
 *   delay (at most 60 s). A network the owner signed in from is exempt, so strangers elsewhere cannot keep
 *   the owner out; every delay ends by itself.
 * Attempts are counted before the password hash, atomically, so a parallel burst is counted in full.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly clock: Clock,
    private readonly limits: RateLimitService,
  ) {}

  private policies(username: string, ip: string | null) {
    const user = username.trim().toLowerCase().slice(0, 200);
    const net = clientNetwork(ip);
    return {
      network: { key: `login:net:${net}`, windowMs: MINUTE, limit: MAX_FAILURES_PER_MINUTE },
      userNetwork: {
        key: `login:user-net:${user}|${net}`,
        windowMs: 60 * MINUTE,
        limit: Number.MAX_SAFE_INTEGER,
        freeFailures: 5,
        maxDelayMs: MINUTE,
      },
      user: {
        key: `login:user:${user}`,
        windowMs: 15 * MINUTE,
        limit: Number.MAX_SAFE_INTEGER,
        freeFailures: 20,
        maxDelayMs: MINUTE,
      },
      known: `login:known:${user}|${net}`,
    } satisfies Record<string, RatePolicy | string>;
  }

  /** Counts the attempt; throws RATE_LIMITED (429, Retry-After) when it may not be looked at yet. */
  async beforeAttempt(username: string, ip: string | null): Promise<void> {
    const now = this.clock.now();
    const p = this.policies(username, ip);
    const known = await this.limits.isMarked(p.known, now, KNOWN_NETWORK_MS);
    const verdicts = await this.limits.hit(
      known ? [p.network, p.userNetwork] : [p.network, p.userNetwork, p.user],
      now,
    );
    const retryAfter = Math.max(0, ...verdicts.map((v) => v.retryAfter ?? 0));
    if (retryAfter > 0) {
      throw rateLimited(retryAfter, {
        vi: 'Quá nhiều lần đăng nhập sai',
        en: 'Too many failed sign-ins',
      });
    }
  }

  async afterFailure(username: string, ip: string | null): Promise<void> {
    const p = this.policies(username, ip);
    await this.limits.failed([p.userNetwork, p.user], this.clock.now());
  }

  /** A success gives the network its attempt back, clears that network's delay and marks it known. */
  async afterSuccess(username: string, ip: string | null): Promise<void> {
    const p = this.policies(username, ip);
    await this.limits.refund(p.network.key);
    await this.limits.reset([p.userNetwork.key]);
    await this.limits.mark(p.known, this.clock.now());
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
