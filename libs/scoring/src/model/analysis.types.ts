import type { LeafSource, RuleV1 } from './interchange-v1.types';

export type LostPointsLevel = 'area' | 'criterion' | 'leaf';

/** Points a node lost over all units: Σ (applicable max − points). */
export interface LostPointsRow {
  readonly code: string;
  readonly title: string;
  readonly level: LostPointsLevel;
  /** The appraising agency, inherited from the nearest ancestor that names one. */
  readonly leadAgency?: string;
  /** Whose points they are: the nearest `responsibleAgency` on the path, else the inherited lead agency. */
  readonly responsibleAgency?: string;
  /** The node's max for one unit (thousandths). */
  readonly maxMilli: number;
  /** Σ over units of the node's applicable max (thousandths). */
  readonly applicableMaxMilli: number;
  /** Σ over units of (applicable max − points), thousandths. */
  readonly lostMilli: number;
  /** Units that lost anything here. */
  readonly unitsLosing: number;
  /** Units for which the node applies (applicable max > 0). */
  readonly unitsApplicable: number;
}

export interface AgencyLostPoints {
  /**
   * The responsible agency as the set names it (inherited; the lead agency where no node on the path names a
   * responsible one); null for leaves with neither.
   */
  readonly agency: string | null;
  readonly lostMilli: number;
  /** Σ over units and this agency's leaves of the applicable max (thousandths). */
  readonly applicableMaxMilli: number;
  readonly unitsLosing: number;
  /** Leaves this agency is responsible for. */
  readonly leaves: number;
}

/** Penalty points (after the cap) over all units: a row of its own, whatever the grouping. */
export interface PenaltyLostPoints {
  readonly lostMilli: number;
  readonly unitsLosing: number;
}

/** Every list sorted by lost points descending, then by the number of units losing, then set order. */
export interface LostPointsReport {
  readonly areas: readonly LostPointsRow[];
  readonly criteria: readonly LostPointsRow[];
  readonly leaves: readonly LostPointsRow[];
  /** Only agencies that lost anything. */
  readonly agencies: readonly AgencyLostPoints[];
  readonly penalty: PenaltyLostPoints;
}

export interface UnitYearChange {
  readonly code: string;
  readonly group: string;
  readonly index: number | null;
  readonly previousIndex: number | null;
  /** index − previous index, exact to 2 decimals; null when either is missing. */
  readonly indexChange: number | null;
  readonly rank: number | null;
  readonly previousRank: number | null;
  /** previous rank − rank: positive means the unit moved up. Null when either rank is missing. */
  readonly rankChange: number | null;
  /** Ranked in another group last year (rank change then compares different groups). */
  readonly groupChanged: boolean;
}

export interface YearComparison {
  /** One row per unit of the current results, in their order (units new this year have null previous values). */
  readonly units: readonly UnitYearChange[];
  /** Units only in the previous results. */
  readonly dropped: readonly string[];
}

export interface RobustnessOptions {
  /** Monte Carlo draws (default 1000). */
  readonly iterations?: number;
  /** PRNG seed: the same seed gives the same report (default 1). */
  readonly seed?: number;
  /** Perturb survey leaves scored from counts within their sampling error (default true). */
  readonly surveyError?: boolean;
  /** Also scale every leaf's weight by a uniform factor in [1 − w, 1 + w] per draw (default 0: off). */
  readonly weightJitter?: number;
  /** Percentiles reported (default 5 and 95). */
  readonly lowerPercentile?: number;
  readonly upperPercentile?: number;
}

export interface UnitRobustness {
  readonly code: string;
  readonly group: string;
  /** The official (exact) rank and index. */
  readonly rank: number | null;
  readonly indexCenti: number | null;
  /** Rank at the lower percentile (the better end) and the upper one (the worse end) of the draws. */
  readonly rankLow: number | null;
  readonly rankMedian: number | null;
  readonly rankHigh: number | null;
}

export interface RobustnessReport {
  readonly iterations: number;
  readonly seed: number;
  readonly lowerPercentile: number;
  readonly upperPercentile: number;
  /** (unit, leaf) pairs perturbed by sampling error. */
  readonly perturbedLeaves: number;
  readonly units: readonly UnitRobustness[];
}

/** A node as the year-over-year diff lists it. */
export interface CriteriaNodeSummary {
  readonly code: string;
  readonly title: string;
  readonly type: 'leaf' | 'branch';
  /** 1 for an area. */
  readonly depth: number;
  readonly parentCode: string | null;
  readonly maxMilli: number;
}

/**
 * One field of a node that differs between the two sets. `rule` compares (and shows) the canonical v1 rule
 * (`canonicalRuleV1`), so a rule written differently but scoring alike is no change; a branch has no rule
 * and no source (null). An absent text field is null.
 */
export type CriteriaFieldChange =
  | { readonly field: 'title'; readonly before: string; readonly after: string }
  | { readonly field: 'maxMilli'; readonly before: number; readonly after: number }
  | { readonly field: 'rule'; readonly before: RuleV1 | null; readonly after: RuleV1 | null }
  | { readonly field: 'source'; readonly before: LeafSource | null; readonly after: LeafSource | null }
  | {
      readonly field: 'leadAgency' | 'responsibleAgency' | 'parentCode' | 'guidance' | 'evidence';
      readonly before: string | null;
      readonly after: string | null;
    };

export type CriteriaField = CriteriaFieldChange['field'];

export interface CriteriaNodeChange {
  readonly code: string;
  readonly before: CriteriaNodeSummary;
  readonly after: CriteriaNodeSummary;
  /** In the order title, maxMilli, rule, source, leadAgency, responsibleAgency, parentCode, guidance, evidence. */
  readonly changes: readonly CriteriaFieldChange[];
}

/** An area's max on each side: null where the code is not an area of that set. */
export interface AreaMaxChange {
  readonly code: string;
  /** The title in the later set, else in the earlier one. */
  readonly title: string;
  readonly maxMilliBefore: number | null;
  readonly maxMilliAfter: number | null;
  /** After − before, a missing side counting 0. */
  readonly changeMilli: number;
}

/** Two criteria sets compared node by node (matched by code), e.g. last year's and this year's. */
export interface CriteriaSetDiff {
  /** Nodes only in the later set (leaves and branches, each node of a new subtree), in its order. */
  readonly added: readonly CriteriaNodeSummary[];
  /** Nodes only in the earlier set, in its order. */
  readonly removed: readonly CriteriaNodeSummary[];
  /** Nodes in both that differ, in the later set's order. */
  readonly changed: readonly CriteriaNodeChange[];
  /** Nodes in both that do not differ. */
  readonly unchanged: number;
  readonly maxMilliBefore: number;
  readonly maxMilliAfter: number;
  /** Every area of the later set in its order, then the areas only in the earlier set, in theirs. */
  readonly areas: readonly AreaMaxChange[];
}
