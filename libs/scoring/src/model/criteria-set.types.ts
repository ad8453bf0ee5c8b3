import type { LeafSource, RuleKind } from './interchange-v1.types';

/** An exact decimal: `units / 10^scale` (both safe integers, `scale` ≥ 0). */
export interface ExactDecimal {
  readonly units: number;
  readonly scale: number;
}

export interface Tier {
  readonly min: ExactDecimal | null;
  readonly max: ExactDecimal | null;
  readonly pointsMilli: number;
  readonly label?: string;
}

export interface SurveyOption {
  readonly code: string;
  readonly percent: ExactDecimal;
  readonly excluded: boolean;
  readonly label?: string;
}

export type Rule =
  | { readonly kind: 'manual' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'tiers'; readonly tiers: readonly Tier[]; readonly otherwiseMilli: number }
  | { readonly kind: 'ratio'; readonly target: ExactDecimal }
  | { readonly kind: 'deduction'; readonly perItemMilli: number }
  | {
      readonly kind: 'survey';
      readonly options: readonly SurveyOption[];
      /** Option percents on one common scale: `percentUnits[i] / 10^percentScale` (parallel to options). */
      readonly percentUnits: readonly number[];
      readonly percentScale: number;
    };

interface NodeBase {
  readonly code: string;
  readonly title: string;
  /** Maximum points in thousandths. */
  readonly maxMilli: number;
  /** 1 for an area (lĩnh vực), 2 for a criterion (tiêu chí), … */
  readonly depth: number;
  readonly parentCode: string | null;
  readonly guidance?: string;
  readonly evidence?: string;
  readonly leadAgency?: string;
  /** The agency that manages the field (as given on this node; see `nodeAgencies` for the inherited one). */
  readonly responsibleAgency?: string;
}

export interface LeafNode extends NodeBase {
  readonly type: 'leaf';
  readonly source: LeafSource;
  readonly rule: Rule;
  /** The unit may mark it "not applicable" in self-assessment (with a note). Absent: it may not. */
  readonly notApplicableAllowed?: boolean;
  /** Name of the indicator a provincial system pushes into this leaf (e.g. `one-stop.on-time-rate`). */
  readonly indicator?: string;
}

export interface BranchNode extends NodeBase {
  readonly type: 'branch';
  readonly children: readonly CriteriaNode[];
}

export type CriteriaNode = LeafNode | BranchNode;

export interface Band {
  readonly code: string;
  readonly label: string;
  /** Threshold in hundredths of an index point (70 → 7000). */
  readonly minIndexCenti: number;
}

export interface Adjustments {
  readonly bonusMaxMilli: number;
  readonly penaltyMaxMilli: number;
}

/** A validated criteria set with exact points and lookups; build it with `parseCriteriaSet`. */
export interface CriteriaSet {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  readonly unitType: string;
  /** Sorted by threshold, highest first. */
  readonly bands: readonly Band[];
  readonly adjustments: Adjustments | null;
  /** The areas, each with its subtree. */
  readonly nodes: readonly CriteriaNode[];
  /** Every node in pre-order (a node before its children, siblings in set order). */
  readonly allNodes: readonly CriteriaNode[];
  /** Every leaf in pre-order. */
  readonly leaves: readonly LeafNode[];
  readonly nodesByCode: ReadonlyMap<string, CriteriaNode>;
  /** Σ of the areas' max points. */
  readonly maxMilli: number;
}

export type { RuleKind, LeafSource };
