import type { CriteriaSet } from '../model/criteria-set.types';
import type {
  AgencyLostPoints,
  LostPointsLevel,
  LostPointsReport,
  LostPointsRow,
} from '../model/analysis.types';
import type { UnitScore } from '../model/score.types';
import { nodeAgencies } from './node-agencies';

type Scored = Pick<UnitScore, 'code' | 'nodePointsMilli' | 'nodeMaxMilli'> & {
  readonly adjustment?: Pick<UnitScore['adjustment'], 'penaltyMilli'>;
};

/**
 * Where the points went: for every area (depth 1), criterion (depth 2) and leaf, Σ over units of
 * (applicable max − points) and how many units lost anything there (not-applicable leaves lose nothing);
 * the same per responsible agency (inherited, falling back to the lead agency — `nodeAgencies`), and the
 * penalty points as a row of their own. Sorted by lost points descending, then units losing, then set order.
 */
export function lostPoints(set: CriteriaSet, units: readonly Scored[]): LostPointsReport {
  const agencies = nodeAgencies(set);
  const rows = set.allNodes.map((node, position): LostPointsRow => {
    let lostMilli = 0;
    let applicableMaxMilli = 0;
    let unitsLosing = 0;
    let unitsApplicable = 0;
    for (const unit of units) {
      const max = unit.nodeMaxMilli[position];
      if (max === 0) continue;
      unitsApplicable += 1;
      applicableMaxMilli += max;
      const lost = max - unit.nodePointsMilli[position];
      lostMilli += lost;
      if (lost > 0) unitsLosing += 1;
    }
    const level: LostPointsLevel = node.type === 'leaf' ? 'leaf' : node.depth === 1 ? 'area' : 'criterion';
    const { leadAgency, responsibleAgency } = agencies[position];
    return {
      code: node.code,
      title: node.title,
      level,
      ...(leadAgency === null ? {} : { leadAgency }),
      ...(responsibleAgency === null ? {} : { responsibleAgency }),
      maxMilli: node.maxMilli,
      applicableMaxMilli,
      lostMilli,
      unitsLosing,
      unitsApplicable,
    };
  });
  const atDepth = (depth: number): LostPointsRow[] =>
    rows.filter((_, position) => set.allNodes[position].depth === depth);
  let penaltyMilli = 0;
  let penalised = 0;
  for (const unit of units) {
    const penalty = unit.adjustment?.penaltyMilli ?? 0;
    penaltyMilli += penalty;
    if (penalty > 0) penalised += 1;
  }
  return {
    // A criterion without sub-criteria is a leaf at depth 2: it is listed both as criterion and as leaf.
    areas: sortRows(atDepth(1)),
    criteria: sortRows(atDepth(2)),
    leaves: sortRows(rows.filter((row) => row.level === 'leaf')),
    agencies: tallyAgencies(set, units),
    penalty: { lostMilli: penaltyMilli, unitsLosing: penalised },
  };
}

function tallyAgencies(set: CriteriaSet, units: readonly Scored[]): AgencyLostPoints[] {
  const agencies = nodeAgencies(set);
  const tally = new Map<
    string | null,
    { lostMilli: number; maxMilli: number; losing: Set<string>; leaves: number }
  >();
  set.allNodes.forEach((node, position) => {
    if (node.type !== 'leaf') return;
    const agency = agencies[position].responsibleAgency;
    let entry = tally.get(agency);
    if (!entry) {
      entry = { lostMilli: 0, maxMilli: 0, losing: new Set(), leaves: 0 };
      tally.set(agency, entry);
    }
    entry.leaves += 1;
    for (const unit of units) {
      const max = unit.nodeMaxMilli[position];
      const lost = max - unit.nodePointsMilli[position];
      entry.maxMilli += max;
      entry.lostMilli += lost;
      if (lost > 0) entry.losing.add(unit.code);
    }
  });
  return [...tally.entries()]
    .filter(([, entry]) => entry.lostMilli > 0)
    .map(([agency, entry]) => ({
      agency,
      lostMilli: entry.lostMilli,
      applicableMaxMilli: entry.maxMilli,
      unitsLosing: entry.losing.size,
      leaves: entry.leaves,
    }))
    .sort((a, b) => b.lostMilli - a.lostMilli || b.unitsLosing - a.unitsLosing);
}

/** Array.prototype.sort is stable, so equal rows keep set order. */
function sortRows(rows: LostPointsRow[]): LostPointsRow[] {
  return rows.sort((a, b) => b.lostMilli - a.lostMilli || b.unitsLosing - a.unitsLosing);
}
