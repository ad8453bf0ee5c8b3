import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  fromCenti,
  fromMilli,
  lostPoints,
  nodeAgencies,
  rankRobustness,
  strengthsAndWeaknesses,
  type LostPointsRow,
} from '@par/scoring';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { unitFilterFor } from '../self-assessment/appraiser-unit-filter';
import { AnalysisInputLoader, type AnalysisInput } from './analysis-input.loader';

export const LOST_POINTS_BY = ['leaf', 'criterion', 'area', 'agency'] as const;
export type LostPointsBy = (typeof LOST_POINTS_BY)[number];

/** One row of the lost-points table (DESIGN: `{ key, title, lostPoints, maxPoints, units }`). */
export interface LostPointsRowView {
  /** A node code, the responsible agency (null: no agency on the path), or `penalty`. */
  key: string | null;
  title: string;
  lostPoints: number;
  /** Σ over units of the applicable max (0 for the penalty row). */
  maxPoints: number;
  /** Units that lost points there. */
  units: number;
  /** Node rows: the set they belong to; agency rows: null. */
  criteriaSet: string | null;
  level: LostPointsBy | 'penalty';
  /** Node rows: the inherited lead and responsible agency. */
  leadAgency?: string | null;
  responsibleAgency?: string | null;
  /** Agency rows: the leaves it is responsible for. */
  leaves?: number;
}

export interface AnalysisBasis {
  snapshot: { id: string; seq: number; computedAt: Date };
  stale: boolean;
}

/** What the analyses of a computed period answer; every figure exact to the thousandth (libs/scoring). */
@Injectable()
export class AnalysisService {
  constructor(
    private readonly loader: AnalysisInputLoader,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Lost points by leaf, criterion (depth 2), area (depth 1) or responsible agency over the period's units
   * (optionally one ranking group), most lost first; the penalty row last; rows that lose nothing left out.
   */
  async lostPoints(
    periodId: string,
    by: LostPointsBy,
    group?: string,
    actor?: Actor,
    unitCode?: string,
  ): Promise<AnalysisBasis & { by: LostPointsBy; rows: LostPointsRowView[] }> {
    const input = await this.loader.load(periodId);
    const visible = await this.visible(input, actor);
    const rows: LostPointsRowView[] = [];
    const agencies = new Map<
      string | null,
      { lost: number; max: number; units: Set<string>; leaves: number }
    >();
    let penaltyMilli = 0;
    const penalised = new Set<string>();
    for (const entry of input.sets) {
      const units = entry.units.filter(
        (unit) =>
          (group === undefined || unit.group === group) &&
          (unitCode === undefined || unit.code === unitCode) &&
          visible(unit.code),
      );
      if (units.length === 0) continue;
      const report = lostPoints(entry.set, units);
      penaltyMilli += report.penalty.lostMilli;
      for (const unit of units) if (unit.adjustment.penaltyMilli > 0) penalised.add(unit.code);
      if (by === 'agency') {
        // Units per agency across sets: count each unit once.
        const resolved = nodeAgencies(entry.set);
        entry.set.allNodes.forEach((node, position) => {
          if (node.type !== 'leaf') return;
          const key = resolved[position].responsibleAgency;
          let tally = agencies.get(key);
          if (!tally) agencies.set(key, (tally = { lost: 0, max: 0, units: new Set(), leaves: 0 }));
          tally.leaves += 1;
          for (const unit of units) {
            const max = unit.nodeMaxMilli[position];
            const lost = max - unit.nodePointsMilli[position];
            tally.max += max;
            tally.lost += lost;
            if (lost > 0) tally.units.add(unit.code);
          }
        });
        continue;
      }
      const list: readonly LostPointsRow[] =
        by === 'leaf' ? report.leaves : by === 'criterion' ? report.criteria : report.areas;
      for (const row of list) {
        if (row.lostMilli <= 0) continue;
        rows.push({
          key: row.code,
          title: row.title,
          lostPoints: fromMilli(row.lostMilli),
          maxPoints: fromMilli(row.applicableMaxMilli),
          units: row.unitsLosing,
          criteriaSet: entry.set.code,
          level: by,
          leadAgency: row.leadAgency ?? null,
          responsibleAgency: row.responsibleAgency ?? null,
          _lost: row.lostMilli,
        } as LostPointsRowView & { _lost: number });
      }
    }
    if (by === 'agency') {
      for (const [key, tally] of agencies) {
        if (tally.lost <= 0) continue;
        rows.push({
          key,
          title: key === null ? 'Chưa xác định cơ quan' : (input.names.get(key) ?? key),
          lostPoints: fromMilli(tally.lost),
          maxPoints: fromMilli(tally.max),
          units: tally.units.size,
          criteriaSet: null,
          level: 'agency',
          leaves: tally.leaves,
          _lost: tally.lost,
        } as LostPointsRowView & { _lost: number });
      }
    }
    const sorted = (rows as (LostPointsRowView & { _lost: number })[])
      .sort((a, b) => b._lost - a._lost || b.units - a.units)
      .map(({ _lost, ...row }) => row);
    if (penaltyMilli > 0)
      sorted.push({
        key: 'penalty',
        title: 'Điểm trừ',
        lostPoints: fromMilli(penaltyMilli),
        maxPoints: 0,
        units: penalised.size,
        criteriaSet: null,
        level: 'penalty',
      });
    return { ...basis(input), by, rows: sorted };
  }

  /** Lost points of every leaf for every unit (null: not applicable), per criteria set. */
  async heatmap(periodId: string, actor?: Actor) {
    const input = await this.loader.load(periodId);
    const visible = await this.visible(input, actor);
    return {
      ...basis(input),
      sets: input.sets.map((entry) => {
        const positions = entry.set.allNodes.flatMap((node, position) =>
          node.type === 'leaf' ? [position] : [],
        );
        return {
          criteriaSet: entry.set.code,
          leaves: positions.map((position) => ({
            code: entry.set.allNodes[position].code,
            title: entry.set.allNodes[position].title,
            maxPoints: fromMilli(entry.set.allNodes[position].maxMilli),
          })),
          units: entry.units
            .filter((unit) => visible(unit.code))
            .map((unit) => ({
              code: unit.code,
              name: input.names.get(unit.code) ?? unit.code,
              group: unit.group,
              lost: positions.map((position) =>
                unit.nodeMaxMilli[position] === 0
                  ? null
                  : fromMilli(unit.nodeMaxMilli[position] - unit.nodePointsMilli[position]),
              ),
            })),
        };
      }),
    };
  }

  /** Per unit, the areas (or criteria) above and below its ranking group's median. */
  async strengths(periodId: string, depth: number, top: number, actor?: Actor) {
    const input = await this.loader.load(periodId);
    const visible = await this.visible(input, actor);
    // The medians stand on the whole group; only the rows are narrowed.
    const units = input.sets.flatMap((entry) =>
      strengthsAndWeaknesses(entry.set, entry.units, { depth, top })
        .filter((unit) => visible(unit.code))
        .map((unit) => {
          const view = (s: {
            code: string;
            title: string;
            indexCenti: number;
            medianCenti: number;
            gapCenti: number;
          }) => ({
            code: s.code,
            title: s.title,
            index: fromCenti(s.indexCenti),
            median: fromCenti(s.medianCenti),
            gap: fromCenti(s.gapCenti),
          });
          return {
            code: unit.code,
            name: input.names.get(unit.code) ?? unit.code,
            group: unit.group,
            criteriaSet: entry.set.code,
            strengths: unit.strengths.map(view),
            weaknesses: unit.weaknesses.map(view),
          };
        }),
    );
    return { ...basis(input), depth, units };
  }

  /** The lib's Monte Carlo rank intervals, per set, seeded (the same seed gives the same answer). */
  async robustness(periodId: string, iterations: number, seed: number, actor?: Actor) {
    const input = await this.loader.load(periodId);
    const visible = await this.visible(input, actor);
    let perturbedLeaves = 0;
    const units = input.sets.flatMap((entry) => {
      const report = rankRobustness(entry.set, entry.assessments, { iterations, seed });
      perturbedLeaves += report.perturbedLeaves;
      return report.units
        .filter((unit) => visible(unit.code))
        .map((unit) => ({
          code: unit.code,
          name: input.names.get(unit.code) ?? unit.code,
          group: unit.group,
          criteriaSet: entry.set.code,
          index: unit.indexCenti === null ? null : fromCenti(unit.indexCenti),
          rank: unit.rank,
          rankLow: unit.rankLow,
          rankMedian: unit.rankMedian,
          rankHigh: unit.rankHigh,
        }));
    });
    return {
      ...basis(input),
      iterations,
      seed,
      lowerPercentile: 5,
      upperPercentile: 95,
      perturbedLeaves,
      units,
    };
  }

  /**
   * Self-assessed against appraised points on the leaves that have both (survey leaves never do): per unit
   * (who over-claims) and per appraiser and round (who cuts hardest). Appraised = round 2 where it exists,
   * else round 1; an appraiser's figures compare their own round's points with the unit's.
   */
  async gaps(periodId: string) {
    const period = await this.loader.period(periodId);
    const units = await this.dataSource.query<
      {
        code: string;
        name: string;
        leaves: string;
        self: string;
        appraised: string;
        over: string;
        under: string;
      }[]
    >(
      `SELECT u.code, u.name, count(*) AS leaves,
              sum(i.self_points_milli) AS self,
              sum(COALESCE(i.r2_points_milli, i.r1_points_milli)) AS appraised,
              count(*) FILTER (WHERE i.self_points_milli > COALESCE(i.r2_points_milli, i.r1_points_milli)) AS over,
              count(*) FILTER (WHERE i.self_points_milli < COALESCE(i.r2_points_milli, i.r1_points_milli)) AS under
         FROM assessment_item i
         JOIN assessment a ON a.id = i.assessment_id
         JOIN unit u ON u.id = a.unit_id
        WHERE a.period_id = $1 AND i.self_points_milli IS NOT NULL
          AND COALESCE(i.r2_points_milli, i.r1_points_milli) IS NOT NULL
        GROUP BY u.code, u.name`,
      [period.id],
    );
    const appraisers = await this.dataSource.query<
      {
        appraiser: string;
        round: number;
        leaves: string;
        cut: string;
        cut_milli: string;
        raised_milli: string;
      }[]
    >(
      `SELECT appraiser, round, count(*) AS leaves,
              count(*) FILTER (WHERE points < self) AS cut,
              COALESCE(sum(self - points) FILTER (WHERE points < self), 0) AS cut_milli,
              COALESCE(sum(points - self) FILTER (WHERE points > self), 0) AS raised_milli
         FROM (
           SELECT i.r1_by AS appraiser, 1 AS round, i.self_points_milli AS self, i.r1_points_milli AS points
             FROM assessment_item i JOIN assessment a ON a.id = i.assessment_id
            WHERE a.period_id = $1 AND i.r1_by IS NOT NULL AND i.r1_points_milli IS NOT NULL AND i.self_points_milli IS NOT NULL
           UNION ALL
           SELECT i.r2_by, 2, i.self_points_milli, i.r2_points_milli
             FROM assessment_item i JOIN assessment a ON a.id = i.assessment_id
            WHERE a.period_id = $1 AND i.r2_by IS NOT NULL AND i.r2_points_milli IS NOT NULL AND i.self_points_milli IS NOT NULL
         ) s
        GROUP BY appraiser, round`,
      [period.id],
    );
    const unitRows = units
      .map((row) => {
        const gapMilli = Number(row.self) - Number(row.appraised);
        return {
          code: row.code,
          name: row.name,
          leaves: Number(row.leaves),
          selfPoints: fromMilli(Number(row.self)),
          appraisedPoints: fromMilli(Number(row.appraised)),
          gap: fromMilli(gapMilli),
          overClaimedLeaves: Number(row.over),
          underClaimedLeaves: Number(row.under),
          _gap: gapMilli,
        };
      })
      .sort((a, b) => b._gap - a._gap || a.code.localeCompare(b.code))
      .map(({ _gap, ...row }) => row);
    const appraiserRows = appraisers
      .map((row) => ({
        appraiser: row.appraiser,
        round: Number(row.round),
        leaves: Number(row.leaves),
        cutLeaves: Number(row.cut),
        cutPoints: fromMilli(Number(row.cut_milli)),
        raisedPoints: fromMilli(Number(row.raised_milli)),
        netCut: fromMilli(Number(row.cut_milli) - Number(row.raised_milli)),
        _net: Number(row.cut_milli) - Number(row.raised_milli),
      }))
      .sort((a, b) => b._net - a._net || a.appraiser.localeCompare(b.appraiser) || a.round - b.round)
      .map(({ _net, ...row }) => row);
    return { units: unitRows, appraisers: appraiserRows };
  }

  /**
   * The units a caller may see: every unit, except for an appraiser — those their assignment of the period
   * covers (the appraisal queue's rule). Ranks and medians still stand on every unit.
   */
  private async visible(input: AnalysisInput, actor?: Actor): Promise<(code: string) => boolean> {
    if (!actor) return () => true;
    const filter = await unitFilterFor(this.dataSource.manager, actor, input.period.id);
    if (!filter) return () => true;
    return (code) => {
      const id = input.ids.get(code);
      return id !== undefined && filter({ id, code });
    };
  }

  /** For remediation: one row of the lost-points table as it is now (404 when it lost nothing). */
  async lostPointsRow(
    periodId: string,
    by: LostPointsBy | 'penalty',
    key: string | null,
    criteriaSet?: string,
  ): Promise<LostPointsRowView> {
    const answer = await this.lostPoints(periodId, by === 'penalty' ? 'area' : by);
    const row = answer.rows.find(
      (r) =>
        r.level === by &&
        r.key === key &&
        (criteriaSet === undefined || r.criteriaSet === null || r.criteriaSet === criteriaSet),
    );
    if (!row)
      throw new DomainError('NOT_FOUND', {
        detail: {
          vi: `không có dòng điểm bị mất ${by} "${key ?? ''}"`,
          en: `no lost-points row ${by} "${key ?? ''}"`,
        },
      });
    return row;
  }
}

function basis(input: AnalysisInput): AnalysisBasis {
  return { snapshot: input.snapshot, stale: input.stale };
}
