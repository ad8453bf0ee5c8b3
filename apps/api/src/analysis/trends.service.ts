import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeIndex,
  fromCenti,
  fromMilli,
  toMilli,
  type CriteriaSet,
  type ResultsV1,
  type UnitResultV1,
} from '@par/scoring';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal';
import { notFound } from '../common/errors/domain-error';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { CrosswalkService, previousCodesOf } from './crosswalk.service';
import { unitFilterFor } from '../self-assessment/appraiser-unit-filter';

export const TREND_BY = ['area', 'criterion', 'leaf'] as const;
export type TrendBy = (typeof TREND_BY)[number];

/** One computed period as the trends read it: its official snapshot and which set scored which unit. */
interface TrendPeriod {
  id: string;
  year: number;
  name: string;
  snapshotSeq: number;
  published: boolean;
  units: Map<string, UnitResultV1>;
  /** unit code → { set id, unit type } */
  membership: Map<string, { setId: string; typeCode: string }>;
}

/** A node's value in one year (null: the line has no counterpart that year). */
export interface TrendValue {
  index: number | null;
  points: number;
  maxPoints: number;
  lostPoints: number;
  /** The codes of that year's set the value is read from (through the crosswalks). */
  codes: string[];
}

export interface TrendLine {
  code: string;
  title: string;
  depth: number;
  values: (TrendValue | null)[];
}

/**
 * Year-over-year trends per unit and for the province, over every period's official snapshot (the last
 * published one, else the last non-provisional compute). Lines are keyed by the codes of the latest set and
 * carried back through each set's crosswalk to the set the year before (identity by code by default), so a
 * new set with renamed codes keeps its lines; several previous codes are pooled (Σ points ÷ Σ max).
 */
@Injectable()
export class TrendsService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly crosswalks: CrosswalkService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async unitTrend(unitCode: string, by: TrendBy, actor: Actor) {
    const unit = (
      await this.dataSource.query<{ id: string; code: string; name: string }[]>(
        'SELECT id, code, name FROM unit WHERE code = $1',
        [unitCode],
      )
    )[0];
    const periods = unit
      ? (await this.periods()).filter(
          (period) => period.units.has(unitCode) && period.membership.has(unitCode),
        )
      : [];
    const none = () =>
      notFound({
        vi: `Chưa có kết quả của đơn vị ${unitCode}`,
        en: `No results of unit ${unitCode}`,
      });
    if (!unit || periods.length === 0) throw none();
    const latest = periods[periods.length - 1];
    const allowed = await unitFilterFor(this.dataSource.manager, actor, latest.id);
    if (allowed && !allowed(unit)) throw none();

    const setIds = periods.map((period) => period.membership.get(unitCode)!.setId);
    const chain = await this.chain(setIds);
    const years = periods.map((period, i) => {
      const result = period.units.get(unitCode)!;
      const before = i > 0 ? periods[i - 1].units.get(unitCode)! : null;
      const indexCenti = result.index === null ? null : Math.round(result.index * 100);
      const beforeCenti = before?.index == null ? null : Math.round(before.index * 100);
      const groupSize = [...period.units.values()].filter(
        (other) => other.group === result.group && other.rank !== null,
      ).length;
      return {
        year: period.year,
        periodId: period.id,
        periodName: period.name,
        snapshotSeq: period.snapshotSeq,
        published: period.published,
        criteriaSet: chain.sets[i].code,
        group: result.group,
        index: result.index,
        points: result.points,
        maxPoints: result.maxPoints,
        rank: result.rank,
        rankOf: groupSize,
        indexChange: indexCenti === null || beforeCenti === null ? null : fromCenti(indexCenti - beforeCenti),
        rankChange: result.rank === null || before?.rank == null ? null : before.rank - result.rank,
        groupChanged: before !== null && before.group !== result.group,
      };
    });
    const lines = this.lines(chain, by, (j, codes) => {
      const result = periods[j].units.get(unitCode)!;
      return sumNodes([result], codes);
    });
    return {
      unit: { code: unit.code, name: unit.name },
      by,
      criteriaSet: chain.sets[chain.sets.length - 1].code,
      years,
      lines,
    };
  }

  /**
   * The province: per year the mean index of the units of one type (default: the type with most units in
   * the latest period), its national PAR INDEX standing with rank change, and lines pooled over those units.
   */
  async provinceTrend(by: TrendBy, unitType?: string) {
    const all = await this.periods();
    if (all.length === 0) throw notFound({ vi: 'Chưa có kỳ nào đã tính điểm', en: 'No computed period yet' });
    let type = unitType;
    if (type === undefined) {
      const counts = new Map<string, number>();
      for (const member of all[all.length - 1].membership.values())
        counts.set(member.typeCode, (counts.get(member.typeCode) ?? 0) + 1);
      type = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    }
    const ofType = (period: TrendPeriod) =>
      [...period.membership]
        .filter(([code, member]) => member.typeCode === type && period.units.has(code))
        .map(([code, member]) => ({ code, setId: member.setId, result: period.units.get(code)! }));
    const periods = all.filter((period) => ofType(period).length > 0);
    if (periods.length === 0)
      throw notFound({
        vi: `Chưa có kết quả của loại đơn vị ${type ?? ''}`,
        en: `No results for unit type ${type ?? ''}`,
      });
    const standing = new Map(
      (
        await this.dataSource.query<
          { year: number; value_milli: number; rank: number | null; rank_of: number | null }[]
        >(
          `SELECT year, value_milli, rank, rank_of FROM national_standing
            WHERE index_code = 'PAR_INDEX' AND area_code = '' ORDER BY year`,
        )
      ).map((row) => [row.year, row]),
    );
    const chain = await this.chain(periods.map((period) => ofType(period)[0].setId));
    const years = periods.map((period, i) => {
      const members = ofType(period);
      const indexed = members.filter((member) => member.result.index !== null);
      const meanCenti =
        indexed.length === 0
          ? null
          : Math.round(
              indexed.reduce((sum, member) => sum + Math.round(member.result.index! * 100), 0) /
                indexed.length,
            );
      const national = standing.get(period.year);
      const before = standing.get(period.year - 1);
      return {
        year: period.year,
        periodId: period.id,
        periodName: period.name,
        snapshotSeq: period.snapshotSeq,
        published: period.published,
        criteriaSet: chain.sets[i].code,
        units: members.length,
        meanIndex: meanCenti === null ? null : fromCenti(meanCenti),
        national: national
          ? {
              value: fromMilli(national.value_milli),
              rank: national.rank,
              rankOf: national.rank_of,
              rankChange: national.rank === null || before?.rank == null ? null : before.rank - national.rank,
            }
          : null,
      };
    });
    const lines = this.lines(chain, by, (j, codes) =>
      sumNodes(
        ofType(periods[j]).map((member) => member.result),
        codes,
      ),
    );
    return { unitType: type ?? '', by, criteriaSet: chain.sets[chain.sets.length - 1].code, years, lines };
  }

  /** The parsed set of each period and, per step, how the later set's codes map to the earlier set's. */
  private async chain(setIds: string[]) {
    const sets: CriteriaSet[] = [];
    for (const id of setIds) sets.push(await this.sets.get(id));
    const steps: ((code: string) => string[])[] = [];
    for (let k = 1; k < setIds.length; k++) {
      if (setIds[k] === setIds[k - 1]) {
        steps.push((code) => [code]);
        continue;
      }
      const stored = await this.crosswalks.stored(setIds[k]);
      const explicit =
        stored && stored.previousSetId === setIds[k - 1] ? stored.map : new Map<string, string[]>();
      const previous = sets[k - 1];
      steps.push((code) => previousCodesOf(code, explicit, previous).previous);
    }
    return { setIds, sets, steps };
  }

  /** A line per node of the latest set at the level asked, each year's value read through the crosswalks. */
  private lines(
    chain: { sets: CriteriaSet[]; steps: ((code: string) => string[])[] },
    by: TrendBy,
    valueOf: (period: number, codes: string[]) => TrendValue | null,
  ): TrendLine[] {
    const last = chain.sets.length - 1;
    const nodes = chain.sets[last].allNodes.filter((node) =>
      by === 'leaf' ? node.type === 'leaf' : node.depth === (by === 'area' ? 1 : 2),
    );
    return nodes.map((node) => {
      const values = new Array<TrendValue | null>(chain.sets.length).fill(null);
      let codes = [node.code];
      for (let j = last; j >= 0; j--) {
        values[j] = codes.length ? valueOf(j, codes) : null;
        if (j > 0) codes = [...new Set(codes.flatMap((code) => chain.steps[j - 1](code)))];
      }
      return { code: node.code, title: node.title, depth: node.depth, values };
    });
  }

  /** Every computed period, oldest year first, with its official snapshot and participation. */
  private async periods(): Promise<TrendPeriod[]> {
    const rows = await this.dataSource.query<
      { id: string; year: number; name: string; seq: number; published: boolean; results: ResultsV1 }[]
    >(
      `SELECT p.id, p.year, p.name, s.seq, s.published, s.results
         FROM period p
         JOIN LATERAL (
           SELECT rs.seq, rs.results, (pb.id IS NOT NULL) AS published
             FROM result_snapshot rs
             LEFT JOIN publication pb ON pb.snapshot_id = rs.id
            WHERE rs.period_id = p.id AND rs.provisional = false
            ORDER BY (pb.id IS NOT NULL) DESC, pb.version DESC NULLS LAST, rs.seq DESC
            LIMIT 1
         ) s ON true
        ORDER BY p.year, p.created_at`,
    );
    if (rows.length === 0) return [];
    const members = await this.dataSource.query<
      { period_id: string; code: string; type_code: string; criteria_set_id: string }[]
    >(
      `SELECT pu.period_id, u.code, u.type_code, pu.criteria_set_id
         FROM period_unit pu JOIN unit u ON u.id = pu.unit_id
        WHERE pu.period_id = ANY($1)`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      id: row.id,
      year: row.year,
      name: row.name,
      snapshotSeq: row.seq,
      published: row.published,
      units: new Map(row.results.units.map((unit) => [unit.code, unit])),
      membership: new Map(
        members
          .filter((member) => member.period_id === row.id)
          .map((member) => [member.code, { setId: member.criteria_set_id, typeCode: member.type_code }]),
      ),
    }));
  }
}

/** Σ points and Σ applicable max of the given nodes over the given units (null when none has them). */
function sumNodes(units: readonly UnitResultV1[], codes: readonly string[]): TrendValue | null {
  let points = 0;
  let max = 0;
  let found = false;
  for (const unit of units)
    for (const code of codes) {
      const node = unit.nodes[code];
      if (!node) continue;
      found = true;
      points += toMilli(node.points);
      max += toMilli(node.maxPoints);
    }
  if (!found) return null;
  const index = computeIndex(points, max);
  return {
    index: index === null ? null : fromCenti(index),
    points: fromMilli(points),
    maxPoints: fromMilli(max),
    lostPoints: fromMilli(max - points),
    codes: [...codes],
  };
}
