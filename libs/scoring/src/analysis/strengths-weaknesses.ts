import type { CriteriaSet } from '../model/criteria-set.types';
import type { UnitScore } from '../model/score.types';
import { computeIndex } from '../score/compute-index';

type Scored = Pick<UnitScore, 'code' | 'group' | 'nodePointsMilli' | 'nodeMaxMilli'>;

/** One node of a unit measured against the median of its ranking group. */
export interface NodeStanding {
  readonly code: string;
  readonly title: string;
  /** The unit's index on the node (points / applicable max × 100), hundredths. */
  readonly indexCenti: number;
  /** Median of the group's indexes on the node (units where it applies), hundredths, half-up. */
  readonly medianCenti: number;
  /** indexCenti − medianCenti. */
  readonly gapCenti: number;
}

export interface UnitStrengths {
  readonly code: string;
  readonly group: string;
  /** Nodes above the group median, largest gap first (then set order). */
  readonly strengths: readonly NodeStanding[];
  /** Nodes below the group median, largest shortfall first (then set order). */
  readonly weaknesses: readonly NodeStanding[];
}

export interface StrengthsOptions {
  /** Nodes compared: areas (depth 1, default) or criteria (depth 2). */
  readonly depth?: number;
  /** At most this many strengths and weaknesses per unit (default 3). */
  readonly top?: number;
}

/**
 * Per unit, its strengths and weaknesses: the nodes at `depth` where its index lies above (below) the
 * median index of its ranking group. Nodes not applicable to the unit are left out; a group of one unit has
 * no strengths or weaknesses (it is its own median).
 */
export function strengthsAndWeaknesses(
  set: CriteriaSet,
  units: readonly Scored[],
  options: StrengthsOptions = {},
): UnitStrengths[] {
  const depth = options.depth ?? 1;
  const top = options.top ?? 3;
  const positions = set.allNodes.flatMap((node, position) => (node.depth === depth ? [position] : []));
  const index = (unit: Scored, position: number): number | null =>
    computeIndex(unit.nodePointsMilli[position], unit.nodeMaxMilli[position]);
  const medians = new Map<string, (number | null)[]>();
  for (const group of new Set(units.map((unit) => unit.group))) {
    const members = units.filter((unit) => unit.group === group);
    medians.set(
      group,
      positions.map((position) =>
        median(
          members.flatMap((unit) => {
            const value = index(unit, position);
            return value === null ? [] : [value];
          }),
        ),
      ),
    );
  }
  return units.map((unit) => {
    const standings: NodeStanding[] = [];
    positions.forEach((position, p) => {
      const own = index(unit, position);
      const middle = medians.get(unit.group)?.[p] ?? null;
      if (own === null || middle === null) return;
      const node = set.allNodes[position];
      standings.push({
        code: node.code,
        title: node.title,
        indexCenti: own,
        medianCenti: middle,
        gapCenti: own - middle,
      });
    });
    return {
      code: unit.code,
      group: unit.group,
      strengths: standings
        .filter((s) => s.gapCenti > 0)
        .sort((a, b) => b.gapCenti - a.gapCenti)
        .slice(0, top),
      weaknesses: standings
        .filter((s) => s.gapCenti < 0)
        .sort((a, b) => a.gapCenti - b.gapCenti)
        .slice(0, top),
    };
  });
}

/** Median of integers; the mean of the two middle values rounded half-up for an even count. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  const sum = sorted[middle - 1] + sorted[middle];
  return Math.floor(sum / 2) + (sum % 2 === 0 ? 0 : 1);
}
