import type { Assessments, UnitInput } from '../model/assessments.types';
import type { CriteriaSet, LeafNode } from '../model/criteria-set.types';
import type { RobustnessOptions, RobustnessReport, UnitRobustness } from '../model/analysis.types';
import type { NodeScore, ScoredUnit, ScoringOptions } from '../model/score.types';
import { rankUnits } from '../score/rank-units';
import { scoreUnits } from '../score/score-units';
import { scoringPlan } from '../score/scoring-plan';
import { createRandom } from './create-random';

interface SurveyDraw {
  /** Position of the leaf in `set.leaves`. */
  readonly leaf: number;
  readonly maxMilli: number;
  readonly pointsMilli: number;
  /** Mean answer weight in [0, 1] and its standard error. */
  readonly mean: number;
  readonly standardError: number;
}

const NO_NODES: ReadonlyMap<string, NodeScore> = new Map();

/**
 * How much a rank means: Monte Carlo draws that move every survey leaf scored from answer counts within its
 * sampling error (normal approximation: mean answer weight ± z · s/√n) and, optionally, every leaf's weight
 * by ±`weightJitter`; each draw re-ranks the units inside their groups (by the rounded index). Reports each
 * unit's rank at the lower/median/upper percentiles (5th/50th/95th by default). Deterministic for a seed.
 * A statistical estimate in floating point — the official scores stay the exact ones.
 */
export function rankRobustness(
  set: CriteriaSet,
  assessments: Assessments,
  options: RobustnessOptions & ScoringOptions = {},
): RobustnessReport {
  const iterations = options.iterations ?? 1000;
  const seed = options.seed ?? 1;
  const lowerPercentile = options.lowerPercentile ?? 5;
  const upperPercentile = options.upperPercentile ?? 95;
  const jitter = options.weightJitter ?? 0;
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new RangeError('iterations must be a positive integer');
  if (!(jitter >= 0 && jitter < 1)) throw new RangeError('weightJitter must be within [0, 1)');
  if (!(lowerPercentile > 0 && lowerPercentile <= upperPercentile && upperPercentile <= 100)) {
    throw new RangeError('percentiles must satisfy 0 < lower ≤ upper ≤ 100');
  }

  const scored = scoreUnits(set, assessments, options);
  const plan = scoringPlan(set);
  const leafCount = set.leaves.length;
  const points = new Float64Array(scored.length * leafCount);
  const maxes = new Float64Array(scored.length * leafCount);
  const draws: SurveyDraw[][] = scored.map((unit, u) => {
    for (let l = 0; l < leafCount; l += 1) {
      points[u * leafCount + l] = unit.nodePointsMilli[plan.leafNode[l]];
      maxes[u * leafCount + l] = unit.nodeMaxMilli[plan.leafNode[l]];
    }
    return options.surveyError === false ? [] : surveyDraws(set, unit, assessments.units[u]);
  });

  const random = createRandom(seed);
  const factors = new Float64Array(leafCount).fill(1);
  const ranks = scored.map(() => new Int32Array(iterations));
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    if (jitter > 0) for (let l = 0; l < leafCount; l += 1) factors[l] = 1 + jitter * (2 * random.next() - 1);
    const entries = scored.map((unit, u) => {
      let total = unit.areasMilli;
      let max = unit.maxMilli;
      if (jitter > 0) {
        total = 0;
        max = 0;
        for (let l = 0; l < leafCount; l += 1) {
          total += points[u * leafCount + l] * factors[l];
          max += maxes[u * leafCount + l] * factors[l];
        }
      }
      for (const draw of draws[u]) {
        const mean = Math.min(1, Math.max(0, draw.mean + random.normal() * draw.standardError));
        total += (mean * draw.maxMilli - draw.pointsMilli) * factors[draw.leaf];
      }
      total = Math.min(max, Math.max(0, total + unit.adjustment.bonusMilli - unit.adjustment.penaltyMilli));
      const indexCenti = max > 0 ? Math.round((total / max) * 10000) : null;
      return { group: unit.group, indexCenti, pointsMilli: total, maxMilli: max, nodes: NO_NODES };
    });
    rankUnits(entries).forEach((rank, u) => {
      ranks[u][iteration] = rank ?? 0;
    });
  }

  const units = scored.map((unit, u): UnitRobustness => {
    const sorted = ranks[u].sort();
    const at = (percentile: number): number | null => {
      const rank = sorted[Math.max(0, Math.ceil((percentile / 100) * iterations) - 1)];
      return rank === 0 ? null : rank;
    };
    return {
      code: unit.code,
      group: unit.group,
      rank: unit.rank,
      indexCenti: unit.indexCenti,
      rankLow: at(lowerPercentile),
      rankMedian: at(50),
      rankHigh: at(upperPercentile),
    };
  });
  const perturbedLeaves = draws.reduce((sum, list) => sum + list.length, 0);
  return { iterations, seed, lowerPercentile, upperPercentile, perturbedLeaves, units };
}

/** The unit's survey leaves scored from answer counts (not overridden, not N/A, with counted answers). */
function surveyDraws(set: CriteriaSet, unit: ScoredUnit, input: UnitInput): SurveyDraw[] {
  const plan = scoringPlan(set);
  const result: SurveyDraw[] = [];
  set.leaves.forEach((leaf, position) => {
    const item = input.items.get(leaf.code);
    const measure = item?.measure;
    if (!item || item.notApplicable || item.pointsMilli !== undefined || measure?.kind !== 'counts') return;
    const weights = answerWeights(leaf, measure.counts);
    if (!weights) return;
    const pointsMilli = unit.nodePointsMilli[plan.leafNode[position]];
    result.push({ leaf: position, maxMilli: leaf.maxMilli, pointsMilli, ...weights });
  });
  return result;
}

/** Mean answer weight (percent / 100) over counted answers and the standard error of that mean. */
function answerWeights(
  leaf: LeafNode,
  counts: readonly number[],
): { mean: number; standardError: number } | null {
  const rule = leaf.rule;
  if (rule.kind !== 'survey') return null;
  const scale = 100 * 10 ** rule.percentScale;
  let n = 0;
  let sum = 0;
  rule.options.forEach((option, index) => {
    if (option.excluded) return;
    const count = counts[index] ?? 0;
    n += count;
    sum += (count * rule.percentUnits[index]) / scale;
  });
  if (n === 0) return null;
  const mean = sum / n;
  let squares = 0;
  rule.options.forEach((option, index) => {
    if (option.excluded) return;
    const deviation = rule.percentUnits[index] / scale - mean;
    squares += (counts[index] ?? 0) * deviation * deviation;
  });
  // One answer says nothing about spread: assume the widest a [0, 1] weight can have (0.25).
  const variance = n > 1 ? squares / (n - 1) : 0.25;
  return { mean, standardError: Math.sqrt(variance / n) };
}
