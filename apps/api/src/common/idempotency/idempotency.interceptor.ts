import { createHash } from 'node:crypto';
import {
  applyDecorators,
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiExtension, ApiHeader } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../../auth/decorators';
import { DomainError } from '../errors/domain-error';
import { Clock } from '../time/clock';

export const IDEMPOTENT_KEY = 'par:idempotent';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a stored answer is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A `pending` key older than this belongs to a request that died (process restart): it is taken over. */
const ABANDONED_MS = 5 * 60 * 1000;
/** How long a retry waits for the first request with the same key before answering 409. */
const WAIT_MS = 3000;
const POLL_MS = 100;
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export const IDEMPOTENCY_DESCRIPTION =
  'Optional. A retry with the same key (per user or API key, for 24 hours) and the same request answers the first result again — same status, body and `Location`, with `Idempotent-Replayed: true` — without doing the work twice. The same key with another body: 422 IDEMPOTENCY_KEY_REUSED; while the first request still runs (after a 3 s wait): 409 IDEMPOTENCY_KEY_IN_PROGRESS with `Retry-After`. A failed request stores nothing (a retry runs again). 1–200 visible ASCII characters, e.g. a UUID.';

/**
 * A creating POST or an import that honours `Idempotency-Key` (see IdempotencyInterceptor), documented as
 * a header parameter of the operation.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: IDEMPOTENCY_DESCRIPTION,
      schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
    }),
    ApiExtension('x-idempotent', true),
  );

interface StoredRow {
  request_hash: string;
  state: 'pending' | 'done';
  status: number | null;
  location: string | null;
  body: string | null;
  expired: boolean;
  abandoned: boolean;
}

function hashRequest(request: AuthenticatedRequest): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  const body: unknown = request.body;
  if (Buffer.isBuffer(body)) hash.update(body);
  else if (typeof body === 'string') hash.update(body);
  else if (body !== undefined) hash.update(JSON.stringify(body) ?? '');
  return hash.digest('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` on the routes marked `@Idempotent()`: the first request with a key claims it (one
 * `INSERT … ON CONFLICT DO NOTHING`, so of two concurrent requests exactly one runs), its answer is stored;
 * later requests with the key replay it, or are refused when the request differs. Registered globally,
 * outside the Location interceptor so the stored answer includes `Location`.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reflector.get<boolean>(IDEMPOTENT_KEY, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_PATTERN.test(key ?? '') || Array.isArray(header)) {
      throw new DomainError('BAD_REQUEST', {
        detail: {
          vi: 'Idempotency-Key phải có 1–200 ký tự ASCII nhìn thấy được',
          en: 'Idempotency-Key must be 1–200 visible ASCII characters',
        },
      });
    }
    const principal = request.user;
    if (!principal) return next.handle();
    const scope = `${principal.kind}:${principal.id}`;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;

    return from(this.claim(scope, key, hashRequest(request))).pipe(
      mergeMap((stored) => {
        if (stored) {
          if (stored.location) void reply.header('location', stored.location);
          void reply.header('idempotent-replayed', 'true');
          return of(stored.body === null ? undefined : (JSON.parse(stored.body) as unknown));
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            const location = reply.getHeader('location');
            await this.dataSource.query(
              `UPDATE idempotency_key SET state = 'done', status = $3, location = $4, body = $5
                WHERE scope = $1 AND key = $2`,
              [
                scope,
                key,
                status,
                typeof location === 'string' ? location : null,
                body === undefined ? null : JSON.stringify(body),
              ],
            );
            return body;
          }),
          catchError(async (error: unknown) => {
            await this.dataSource.query(`DELETE FROM idempotency_key WHERE scope = $1 AND key = $2`, [
              scope,
              key,
            ]);
            throw error;
          }),
        );
      }),
    );
  }

  /** Claims the key (→ null: run the request) or returns the stored answer to replay; throws 409/422. */
  private async claim(scope: string, key: string, requestHash: string): Promise<StoredRow | null> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const now = this.clock.now();
      const claimed = await this.dataSource.query<unknown[]>(
        `INSERT INTO idempotency_key (scope, key, request_hash, state, created_at, expires_at)
         VALUES ($1, $2, $3, 'pending', $4, $5) ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
        [scope, key, requestHash, now, new Date(now.getTime() + IDEMPOTENCY_TTL_MS)],
      );
      if (claimed.length > 0) {
        await this.dataSource.query(`DELETE FROM idempotency_key WHERE scope = $1 AND expires_at <= $2`, [
          scope,
          now,
        ]);
        return null;
      }
      const [row] = await this.dataSource.query<StoredRow[]>(
        `SELECT request_hash, state, status, location, body, expires_at <= $3 AS expired,
                (state = 'pending' AND created_at <= $4) AS abandoned
           FROM idempotency_key WHERE scope = $1 AND key = $2`,
        [scope, key, now, new Date(now.getTime() - ABANDONED_MS)],
      );
      if (!row) continue;
      if (row.expired || row.abandoned) {
        await this.dataSource.query(
          `DELETE FROM idempotency_key WHERE scope = $1 AND key = $2 AND (expires_at <= $3 OR (state = 'pending' AND created_at <= $4))`,
          [scope, key, now, new Date(now.getTime() - ABANDONED_MS)],
        );
        continue;
      }
      if (row.request_hash !== requestHash) {
        throw new DomainError('IDEMPOTENCY_KEY_REUSED', {
          detail: {
            vi: 'khóa này đã được dùng cho một yêu cầu có nội dung khác trong 24 giờ qua',
            en: 'this key was used for a request with another body in the last 24 hours',
          },
        });
      }
      if (row.state === 'done') return row;
      if (Date.now() >= deadline) {
        throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', { headers: { 'Retry-After': '1' } });
      }
      await sleep(POLL_MS);
    }
  }
}
