import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../common/database-errors';
import { AuditEntry } from './audit-entry.entity';
import type { AuditQueryDto } from './audit.dto';

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

  async page(
    query: AuditQueryDto,
  ): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [items, total] = await this.filtered(query)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total, page, pageSize };
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
