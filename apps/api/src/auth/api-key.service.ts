import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiKeyScope } from '@par/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { ApiKey } from './api-key.entity';
import type { Actor, ApiKeyPrincipal } from './principal';

const KEY_PATTERN = /^par_([a-z0-9]{10})_([A-Za-z0-9_-]{32,64})$/;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
// last_used_at is written at most once a minute per key, not on every request.
const LAST_USED_GRANULARITY_MS = 60_000;

export interface CreatedApiKey {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  prefix: string;
  /** The whole key: shown once, never stored. */
  key: string;
  createdAt: Date;
  expiresAt: Date | null;
}

/** API keys of provincial systems: `par_<prefix>_<secret>`, SHA-256 at rest, scoped, revocable. */
@Injectable()
export class ApiKeyService {
  private readonly logger = new Logger('ApiKey');
  /** When each expired key's refusal was last audited: at most one audit entry a minute per key. */
  private readonly expiredAudited = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(
    name: string,
    scopes: ApiKeyScope[],
    actor: Actor,
    expiresAt: Date | null = null,
  ): Promise<CreatedApiKey> {
    if (expiresAt && expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new DomainError('VALIDATION_FAILED', {
        errors: [
          {
            field: 'expiresAt',
            code: 'inThePast',
            message: 'Ngày hết hạn phải ở tương lai',
            messageEn: 'The expiry must be in the future',
          },
        ],
      });
    }
    const prefix = randomBytes(8).toString('hex').slice(0, 10);
    const secret = randomBytes(32).toString('base64url');
    const key = `par_${prefix}_${secret}`;
    return this.dataSource.transaction(async (manager) => {
      const row = manager.create(ApiKey, {
        name,
        scopes: [...new Set(scopes)],
        prefix,
        keyHash: sha256(secret),
        createdBy: actor.principal?.id ?? null,
        lastUsedAt: null,
        revokedAt: null,
        expiresAt,
      });
      await manager.save(row);
      await this.audit.record(manager, actor, {
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: row.id,
        after: row,
      });
      return {
        id: row.id,
        name: row.name,
        scopes: row.scopes,
        prefix,
        key,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
      };
    });
  }

  list(): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  async revoke(id: string, actor: Actor): Promise<ApiKey> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound({ vi: 'Không có khóa API này', en: 'No such API key' });
      if (row.revokedAt) return row;
      const before = { ...row };
      row.revokedAt = this.clock.now();
      await manager.save(row);
      await this.audit.record(manager, actor, {
        action: 'api_key.revoke',
        entityType: 'api_key',
        entityId: id,
        before,
        after: row,
      });
      return row;
    });
  }

  /** The principal of a presented key, or INVALID_API_KEY; a key past its `expiresAt` is API_KEY_EXPIRED. */
  async authenticate(
    presented: string,
    origin: Pick<Actor, 'ip' | 'requestId'> = { ip: null, requestId: null },
  ): Promise<ApiKeyPrincipal> {
    const match = KEY_PATTERN.exec(presented.trim());
    if (!match) throw new DomainError('INVALID_API_KEY');
    const row = await this.dataSource.getRepository(ApiKey).findOneBy({ prefix: match[1] });
    const hash = sha256(match[2]);
    if (!row || row.revokedAt || !timingSafeEqual(Buffer.from(row.keyHash), Buffer.from(hash))) {
      throw new DomainError('INVALID_API_KEY');
    }
    const now = this.clock.now();
    if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) {
      await this.refuseExpired(row, now, origin);
      throw new DomainError('API_KEY_EXPIRED');
    }
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
      await this.dataSource.getRepository(ApiKey).update({ id: row.id }, { lastUsedAt: now });
    }
    return { kind: 'api_key', id: row.id, name: row.name, scopes: row.scopes };
  }

  /** Logs every refusal of an expired key and audits it (at most once a minute per key). */
  private async refuseExpired(
    row: ApiKey,
    now: Date,
    origin: Pick<Actor, 'ip' | 'requestId'>,
  ): Promise<void> {
    this.logger.warn(
      `expired API key refused: ${row.prefix} (${row.name}), expired ${row.expiresAt?.toISOString()}`,
    );
    const last = this.expiredAudited.get(row.id);
    if (last !== undefined && now.getTime() - last < LAST_USED_GRANULARITY_MS) return;
    this.expiredAudited.set(row.id, now.getTime());
    await this.audit.record(
      this.dataSource.manager,
      { principal: { kind: 'api_key', id: row.id, name: row.name, scopes: row.scopes }, ...origin },
      {
        action: 'api_key.expired_refused',
        entityType: 'api_key',
        entityId: row.id,
        after: { prefix: row.prefix, expiresAt: row.expiresAt },
      },
    );
  }
}
