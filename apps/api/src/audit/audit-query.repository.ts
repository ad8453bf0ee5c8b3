import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../common/database-errors';
import { AuditEntry } from './audit-entry.entity';
import { pageOf, type Page } from '../common/http/list-query';
import { AUDIT_SORT, type AuditQueryDto } from './audit.dto';

/** Reads of the audit log: filtered pages and the full CSV export. */
@Injectable()
export class AuditQueryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filtered(query: AuditQueryDto): SelectQueryBuilder<AuditEntry> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (query.action) {
      if (query.action.endsWith('.')) qb.andWhere('a.action LIKE :action', { action: `${query.action}%` });
      else qb.andWhere('a.action = :action', { action: query.action });
    }
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorKind) qb.andWhere('a.actor_kind = :actorKind', { actorKind: query.actorKind });
    if (query.actor) qb.andWhere('a.actor_name ILIKE :actor', { actor: containsPattern(query.actor) });
    if (query.from) qb.andWhere('a.at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.at <= :to', { to: new Date(query.to) });
    return qb.orderBy('a.id', 'DESC');
  }

  /** One page, sorted in SQL (newest first unless `sort` says otherwise). */
  async page(query: AuditQueryDto): Promise<Page<AuditEntry> & { page: number; pageSize: number }> {
    const pageSize = query.limit ?? query.pageSize ?? 50;
    const offset = query.offset ?? ((query.page ?? 1) - 1) * pageSize;
    const result = await pageOf(
      this.filtered(query),
      { ...query, limit: pageSize, offset },
      { fields: AUDIT_SORT, default: '-at', tieBreaker: 'a.id', tieBreakerDirection: 'DESC' },
    );
    return { ...result, page: Math.floor(offset / pageSize) + 1, pageSize };
  }

  /** Streams every matching entry in batches of 1,000 (newest first). */
  async *all(query: AuditQueryDto): AsyncGenerator<AuditEntry[]> {
    let beforeId: string | null = null;
    for (;;) {
      const qb = this.filtered(query).take(1000);
      if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
      const batch = await qb.getMany();
      if (batch.length === 0) return;
      yield batch;
      beforeId = batch[batch.length - 1].id;
      if (batch.length < 1000) return;
    }
  }
}
