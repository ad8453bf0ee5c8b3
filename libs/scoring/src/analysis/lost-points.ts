import type { CriteriaSet } from '../model/criteria-set.types';
import type {
  AgencyLostPoints,
  LostPointsLevel,
  LostPointsReport,
  LostPointsRow,
} from '../model/analysis.types';
import type { UnitScore } from '../model/score.types';

type Scored = Pick<UnitScore, 'code' | 'nodePointsMilli' | 'nodeMaxMilli'>;

/**
 * Where the points went: for every area (depth 1), criterion (depth 2) and leaf, Σ over units of
 * (applicable max − points) and how many units lost anything there; and the same per lead agency.
 * Sorted by lost points descending, then units losing, then set order.
 */
export function lostPoints(set: CriteriaSet, units: readonly Scored[]): LostPointsReport {
  const rows = set.allNodes.map((node, position): LostPointsRow => {
    let lostMilli = 0;
    let unitsLosing = 0;
    let unitsApplicable = 0;
    for (const unit of units) {
      const max = unit.nodeMaxMilli[position];
      if (max === 0) continue;
      unitsApplicable += 1;
      const lost = max - unit.nodePointsMilli[position];
      lostMilli += lost;
      if (lost > 0) unitsLosing += 1;
    }
    const level: LostPointsLevel = node.type === 'leaf' ? 'leaf' : node.depth === 1 ? 'area' : 'criterion';
    const row = {
      code: node.code,
      title: node.title,
      level,
      maxMilli: node.maxMilli,
      lostMilli,
      unitsLosing,
      unitsApplicable,
    };
    return node.leadAgency === undefined ? row : { ...row, leadAgency: node.leadAgency };
  });
  const atDepth = (depth: number): LostPointsRow[] =>
    rows.filter((_, position) => set.allNodes[position].depth === depth);
  return {
    // A criterion without sub-criteria is a leaf at depth 2: it is listed both as criterion and as leaf.
    areas: sortRows(atDepth(1)),
    criteria: sortRows(atDepth(2)),
    leaves: sortRows(rows.filter((row) => row.level === 'leaf')),
    agencies: tallyAgencies(set, units),
  };
}

function tallyAgencies(set: CriteriaSet, units: readonly Scored[]): AgencyLostPoints[] {
  const agencies = new Map<string, { lostMilli: number; losing: Set<string>; leaves: number }>();
  set.allNodes.forEach((node, position) => {
    if (node.type !== 'leaf' || node.leadAgency === undefined) return;
    let entry = agencies.get(node.leadAgency);
    if (!entry) {
      entry = { lostMilli: 0, losing: new Set(), leaves: 0 };
      agencies.set(node.leadAgency, entry);
    }
    entry.leaves += 1;
    for (const unit of units) {
      const lost = unit.nodeMaxMilli[position] - unit.nodePointsMilli[position];
      entry.lostMilli += lost;
      if (lost > 0) entry.losing.add(unit.code);
    }
  });
  return [...agencies.entries()]
    .map(([agency, entry]) => ({
      agency,
      lostMilli: entry.lostMilli,
      unitsLosing: entry.losing.size,
      leaves: entry.leaves,
    }))
    .sort((a, b) => b.lostMilli - a.lostMilli || b.unitsLosing - a.unitsLosing);
}

/** Array.prototype.sort is stable, so equal rows keep set order. */
function sortRows(rows: LostPointsRow[]): LostPointsRow[] {
  return rows.sort((a, b) => b.lostMilli - a.lostMilli || b.unitsLosing - a.unitsLosing);
}
