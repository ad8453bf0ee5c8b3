import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseBands, type BandV1 } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import { assertNotPublished, Period, periodNotFound } from '../period/period.entity';
import { toBands } from '../period/period.mapper';
import type { PutRankingGroupsDto, RankingGroupDto, RankingGroupsDto } from './ranking-group.dto';
import { PeriodRankingGroup } from './ranking-group.entity';

/** The ranking groups of a period as compute, tables and the feed read them. */
export interface RankingGroups {
  configured: boolean;
  groups: { code: string; name: string; nameEn: string; unitCodes: string[]; bands: BandV1[] | null }[];
}

/**
 * The ranking groups of a period (in the caller's transaction): the configured rows with their members
 * (`period_unit.group_code`), else the default — one group per group code, named by the code.
 */
export async function rankingGroupsOf(manager: EntityManager, periodId: string): Promise<RankingGroups> {
  const members = await manager.query<{ group_code: string; code: string }[]>(
    `SELECT pu.group_code, u.code FROM period_unit pu JOIN unit u ON u.id = pu.unit_id
      WHERE pu.period_id = $1 ORDER BY pu.group_code, u.code`,
    [periodId],
  );
  const byGroup = new Map<string, string[]>();
  for (const row of members) byGroup.set(row.group_code, [...(byGroup.get(row.group_code) ?? []), row.code]);
  const rows = await manager.find(PeriodRankingGroup, { where: { periodId }, order: { position: 'ASC' } });
  if (!rows.length)
    return {
      configured: false,
      groups: [...byGroup].map(([code, unitCodes]) => ({
        code,
        name: code,
        nameEn: code,
        unitCodes,
        bands: null,
      })),
    };
  return {
    configured: true,
    groups: rows.map((row) => ({
      code: row.code,
      name: row.name,
      nameEn: row.nameEn,
      unitCodes: byGroup.get(row.code) ?? [],
      bands: row.bands,
    })),
  };
}

const invalid = (message: { vi: string; en: string }, field = 'groups') =>
  new DomainError('RANKING_GROUPS_INVALID', {
    detail: message,
    errors: [{ field, code: 'invalid', message: `${message.vi} / ${message.en}` }],
  });

/** Ranking groups per period (nhóm xếp hạng): names, members, optional bands. */
@Injectable()
export class RankingGroupService {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async get(periodId: string): Promise<RankingGroupsDto> {
    const period = await this.dataSource.manager.findOneBy(Period, { id: periodId });
    if (!period) throw periodNotFound();
    const groups = await rankingGroupsOf(this.dataSource.manager, periodId);
    return { configured: groups.configured, version: period.version, groups: groups.groups.map(toDto) };
  }

  /**
   * Replaces the groups: every participating unit in exactly one group (else 422 RANKING_GROUPS_INVALID);
   * the members' group codes change with them, so a compute made before is stale for publish.
   */
  async put(periodId: string, dto: PutRankingGroupsDto, actor: Actor): Promise<RankingGroupsDto> {
    await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      assertNotPublished(period);
      if (period.version !== dto.version)
        throw new DomainError('STALE_VERSION', { extensions: { current: period.version } });
      const codes = dto.groups.map((g) => g.code);
      const twice = codes.find((code, i) => codes.indexOf(code) !== i);
      if (twice) throw invalid({ vi: `nhóm ${twice} lặp lại`, en: `group ${twice} is repeated` });
      const units = await manager.query<{ unit_id: string; code: string }[]>(
        `SELECT pu.unit_id, u.code FROM period_unit pu JOIN unit u ON u.id = pu.unit_id WHERE pu.period_id = $1`,
        [periodId],
      );
      const idOf = new Map(units.map((u) => [u.code, u.unit_id]));
      const seen = new Map<string, string>();
      for (const group of dto.groups)
        for (const code of group.unitCodes) {
          if (!idOf.has(code))
            throw invalid({
              vi: `${code} không tham gia kỳ này`,
              en: `${code} does not take part in this period`,
            });
          if (seen.has(code))
            throw invalid({
              vi: `${code} ở hai nhóm: ${seen.get(code)}, ${group.code}`,
              en: `${code} is in two groups: ${seen.get(code)}, ${group.code}`,
            });
          seen.set(code, group.code);
        }
      const missing = units
        .filter((u) => !seen.has(u.code))
        .map((u) => u.code)
        .sort();
      if (missing.length)
        throw invalid({
          vi: `chưa có nhóm: ${missing.join(', ')}`,
          en: `in no group: ${missing.join(', ')}`,
        });
      for (const group of dto.groups)
        if (group.bands) {
          const parsed = parseBands(toBands(group.bands));
          if (!parsed.ok)
            throw new DomainError('RANKING_GROUPS_INVALID', { errors: issuesToProblems(parsed.issues) });
        }
      const before = await rankingGroupsOf(manager, periodId);
      for (const [code, group] of seen)
        await manager.query(`UPDATE period_unit SET group_code = $3 WHERE period_id = $1 AND unit_id = $2`, [
          periodId,
          idOf.get(code),
          group,
        ]);
      await manager.delete(PeriodRankingGroup, { periodId });
      await manager.save(
        dto.groups.map((group, position) =>
          manager.create(PeriodRankingGroup, {
            periodId,
            code: group.code,
            name: group.name.trim(),
            nameEn: group.nameEn.trim(),
            position,
            bands: group.bands ? toBands(group.bands) : null,
          }),
        ),
      );
      await manager.increment(Period, { id: periodId }, 'version', 1);
      await this.audit.record(manager, actor, {
        action: 'period.ranking_groups',
        entityType: 'period',
        entityId: periodId,
        before,
        after: { groups: dto.groups },
      });
    });
    return this.get(periodId);
  }
}

function toDto(group: RankingGroups['groups'][number]): RankingGroupDto {
  return { ...group, bands: group.bands ? group.bands.map((b) => ({ ...b })) : null };
}
