import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../common/database-errors';
import { AuditEntry } from './audit-entry.entity';
import { pageOf, type Page } from '../common/http/list-query';
import { AUDIT_SORT, type AuditQueryDto } from './audit.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names by id (or by code for units and unit types), one map per kind of thing. */
export interface Names {
  user: Map<string, string>;
  unit: Map<string, string>;
  unitByCode: Map<string, string>;
  period: Map<string, string>;
  criteriaSet: Map<string, string>;
  apiKey: Map<string, string>;
  unitType: Map<string, string>;
  remediation: Map<string, string>;
  appeal: Map<string, string>;
}

export const EMPTY_NAMES: Names = {
  user: new Map(),
  unit: new Map(),
  unitByCode: new Map(),
  period: new Map(),
  criteriaSet: new Map(),
  apiKey: new Map(),
  unitType: new Map(),
  remediation: new Map(),
  appeal: new Map(),
};

/**
 * What an entry is about, by name: a user, unit, period, criteria set, API key, unit type, remediation task or
 * appeal by its name; an assessment (`period/unit`), a participant or a leaf (`period/unit/leaf`) as
 * "unit — period — leaf". Null when the id names nothing (deleted) or the kind has no name (evidence files).
 */
export function entityName(entry: Pick<AuditEntry, 'entityType' | 'entityId'>, names: Names): string | null {
  const id = entry.entityId;
  if (!id) return null;
  if (entry.entityType === 'unit')
    return names.unit.get(id.toLowerCase()) ?? names.unitByCode.get(id) ?? null;
  const byKind: Record<string, Map<string, string> | undefined> = {
    user: names.user,
    period: names.period,
    criteria_set: names.criteriaSet,
    api_key: names.apiKey,
    unit_type: names.unitType,
    remediation_task: names.remediation,
    appeal: names.appeal,
  };
  const direct = byKind[entry.entityType];
  if (direct) return direct.get(id.toLowerCase()) ?? direct.get(id) ?? null;
  const [periodId, unitCode, ...rest] = id.split('/');
  const period = names.period.get(periodId.toLowerCase());
  if (!period || !unitCode) return period ?? null;
  return [names.unitByCode.get(unitCode) ?? unitCode, period, ...rest].join(' — ');
}

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

  /** One page, sorted in SQL (newest first unless `sort` says otherwise), with the names behind its ids. */
  async page(query: AuditQueryDto): Promise<
    Page<AuditEntry & { entityName: string | null; actorFullName: string | null }> & {
      page: number;
      pageSize: number;
    }
  > {
    const pageSize = query.limit ?? query.pageSize ?? 50;
    const offset = query.offset ?? ((query.page ?? 1) - 1) * pageSize;
    const result = await pageOf(
      this.filtered(query),
      { ...query, limit: pageSize, offset },
      { fields: AUDIT_SORT, default: '-at', tieBreaker: 'a.id', tieBreakerDirection: 'DESC' },
    );
    const names = await this.names(result.items);
    return {
      ...result,
      items: result.items.map((entry) => ({
        ...entry,
        entityName: entityName(entry, names),
        actorFullName:
          entry.actorKind === 'user' && entry.actorId ? (names.user.get(entry.actorId) ?? null) : null,
      })),
      page: Math.floor(offset / pageSize) + 1,
      pageSize,
    };
  }

  /**
   * The names behind the ids of one page, a query per kind of thing: users, units (by id and by code),
   * periods, criteria sets, API keys, unit types, remediation tasks and appeals. A deleted thing has none.
   */
  private async names(entries: readonly AuditEntry[]): Promise<Names> {
    const uuids = new Set<string>();
    const codes = new Set<string>();
    for (const entry of entries) {
      if (entry.actorId && UUID.test(entry.actorId)) uuids.add(entry.actorId);
      for (const part of (entry.entityId ?? '').split('/')) {
        if (UUID.test(part)) uuids.add(part.toLowerCase());
        else if (part) codes.add(part);
      }
    }
    const ids = [...uuids];
    const lookup = async (sql: string, values: unknown[]) =>
      new Map(
        (await this.dataSource.query<{ key: string; name: string }[]>(sql, values)).map((row) => [
          row.key,
          row.name,
        ]),
      );
    if (!ids.length && !codes.size) return EMPTY_NAMES;
    const [user, unit, unitByCode, period, criteriaSet, apiKey, unitType, remediation, appeal] =
      await Promise.all([
        lookup(`SELECT id::text AS key, full_name AS name FROM app_user WHERE id = ANY($1::uuid[])`, [ids]),
        lookup(`SELECT id::text AS key, name FROM unit WHERE id = ANY($1::uuid[])`, [ids]),
        lookup(`SELECT code AS key, name FROM unit WHERE code = ANY($1::text[])`, [[...codes]]),
        lookup(`SELECT id::text AS key, name FROM period WHERE id = ANY($1::uuid[])`, [ids]),
        lookup(
          `SELECT id::text AS key, code || ' — ' || name AS name FROM criteria_set WHERE id = ANY($1::uuid[])`,
          [ids],
        ),
        lookup(`SELECT id::text AS key, name FROM api_key WHERE id = ANY($1::uuid[])`, [ids]),
        lookup(`SELECT code AS key, name_vi AS name FROM unit_type WHERE code = ANY($1::text[])`, [
          [...codes],
        ]),
        lookup(`SELECT id::text AS key, title AS name FROM remediation_task WHERE id = ANY($1::uuid[])`, [
          ids,
        ]),
        lookup(
          `SELECT a.id::text AS key, u.name || ' — ' || p.name AS name
             FROM appeal a JOIN unit u ON u.id = a.unit_id JOIN period p ON p.id = a.period_id
            WHERE a.id = ANY($1::uuid[])`,
          [ids],
        ),
      ]);
    return { user, unit, unitByCode, period, criteriaSet, apiKey, unitType, remediation, appeal };
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
