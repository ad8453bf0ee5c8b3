import type { UnitInput } from '../model/assessments.types';
import type { CriteriaSet } from '../model/criteria-set.types';
import type { AdjustmentScore, LeafScore, NodeScore, UnitScore } from '../model/score.types';
import { computeIndex } from './compute-index';
import { evaluateLeaf, MISSING, NOT_APPLICABLE } from './evaluate-leaf';
import { LazyMap } from './lazy-map';
import { scoreLeaf } from './score-leaf';
import { scoringPlan } from './scoring-plan';

/**
 * Scores one unit: leaves by their rules, every other node = Σ children (points and applicable max),
 * component index per node, total = Σ areas + min(bonus, bonusMax) − min(penalty, penaltyMax) clamped to
 * [0, applicable max], index half-up to 2 decimals. Exact integer arithmetic throughout; node scores and
 * leaf explanations are made when read, so scoring thousands of units stays cheap.
 */
export function scoreUnit(set: CriteriaSet, unit: UnitInput): UnitScore {
  const plan = scoringPlan(set);
  const points = new Float64Array(set.allNodes.length);
  const max = new Float64Array(set.allNodes.length);
  const missing: string[] = [];
  const leaves = set.leaves;
  for (let l = 0; l < leaves.length; l += 1) {
    const leaf = leaves[l];
    const result = evaluateLeaf(leaf, unit.items.get(leaf.code), null);
    if (result === NOT_APPLICABLE) continue;
    const position = plan.leafNode[l];
    max[position] = leaf.maxMilli;
    if (result === MISSING) missing.push(leaf.code);
    else points[position] = result;
  }
  // Pre-order puts every node before its descendants: walking backwards, a node is complete when reached.
  for (let position = points.length - 1; position >= 0; position -= 1) {
    const parent = plan.parent[position];
    if (parent < 0) continue;
    points[parent] += points[position];
    max[parent] += max[position];
  }
  let areasMilli = 0;
  let maxMilli = 0;
  for (const position of plan.areas) {
    areasMilli += points[position];
    maxMilli += max[position];
  }
  const adjustment = adjust(set, unit, areasMilli, maxMilli);
  const pointsMilli = Math.min(
    Math.max(areasMilli + adjustment.bonusMilli - adjustment.penaltyMilli, 0),
    maxMilli,
  );
  const result: UnitScore = {
    code: unit.code,
    group: unit.group,
    pointsMilli,
    maxMilli,
    indexCenti: computeIndex(pointsMilli, maxMilli),
    areasMilli,
    adjustment,
    missing,
    nodes: new LazyMap<NodeScore>(plan.nodeCodes, plan.nodePosition, (position) => ({
      code: plan.nodeCodes[position],
      pointsMilli: points[position],
      maxMilli: max[position],
      indexCenti: computeIndex(points[position], max[position]),
    })),
    leaves: new LazyMap<LeafScore>(plan.leafCodes, plan.leafPosition, (position) =>
      scoreLeaf(leaves[position], unit.items.get(leaves[position].code)),
    ),
    nodePointsMilli: points,
    nodeMaxMilli: max,
  };
  return unit.name === undefined ? result : { ...result, name: unit.name };
}

function adjust(set: CriteriaSet, unit: UnitInput, areasMilli: number, maxMilli: number): AdjustmentScore {
  const caps = set.adjustments;
  const bonusMilli = caps ? Math.min(unit.bonusMilli, caps.bonusMaxMilli) : 0;
  const penaltyMilli = caps ? Math.min(unit.penaltyMilli, caps.penaltyMaxMilli) : 0;
  const raw = areasMilli + bonusMilli - penaltyMilli;
  return {
    bonusGivenMilli: unit.bonusMilli,
    penaltyGivenMilli: unit.penaltyMilli,
    bonusMilli,
    penaltyMilli,
    clampedTo: raw < 0 ? 'zero' : raw > maxMilli ? 'max' : null,
  };
}
