import type { CriteriaSet } from '../model/criteria-set.types';
import { RESULTS_FORMAT, type NodeResultV1, type ResultsV1 } from '../model/interchange-v1.types';
import type { ScoredUnit } from '../model/score.types';
import { fromCenti } from '../decimal/from-centi';
import { fromMilli } from '../decimal/from-milli';
import { computeIndex } from './compute-index';

/**
 * The `par-index.results/v1` document for scored units: points with ≤ 3 decimals and indices with ≤ 2,
 * turned into JSON numbers only here, from exact integers. `nodes` lists every node in set order.
 */
export function buildResults(set: CriteriaSet, units: readonly ScoredUnit[]): ResultsV1 {
  const count = set.allNodes.length;
  return {
    format: RESULTS_FORMAT,
    criteriaSet: set.code,
    units: units.map((unit) => {
      if (unit.nodePointsMilli.length !== count) {
        throw new Error(`Unit ${unit.code} was not scored with criteria set ${set.code}`);
      }
      const nodes: Record<string, NodeResultV1> = Object.create(null) as Record<string, NodeResultV1>;
      for (let position = 0; position < count; position += 1) {
        const points = unit.nodePointsMilli[position];
        const max = unit.nodeMaxMilli[position];
        const index = computeIndex(points, max);
        nodes[set.allNodes[position].code] = {
          points: fromMilli(points),
          maxPoints: fromMilli(max),
          index: index === null ? null : fromCenti(index),
        };
      }
      return {
        code: unit.code,
        group: unit.group,
        points: fromMilli(unit.pointsMilli),
        maxPoints: fromMilli(unit.maxMilli),
        index: unit.indexCenti === null ? null : fromCenti(unit.indexCenti),
        rank: unit.rank,
        band: unit.band?.code ?? null,
        missing: [...unit.missing],
        nodes,
      };
    }),
  };
}
