/**
 * The v1 interchange formats as JSON shapes (what the API, the CLI and imports read and write).
 * Decimals may be JSON numbers or numeric strings; they are read from their decimal text, never summed
 * as floats. `parseCriteriaSet` / `parseAssessments` turn these into the exact model (integer thousandths).
 */

export const CRITERIA_SET_FORMAT = 'par-index.criteria-set/v1';
export const ASSESSMENTS_FORMAT = 'par-index.assessments/v1';
export const RESULTS_FORMAT = 'par-index.results/v1';

/** A decimal as written in JSON: `1.25` or `"1.25"`. */
export type DecimalV1 = number | string;

export type RuleKind = 'manual' | 'boolean' | 'tiers' | 'ratio' | 'deduction' | 'survey';
export type LeafSource = 'assessment' | 'survey';

export interface TierV1 {
  /** The tier matches when value ≥ min (and value ≤ max when both are given). */
  readonly min?: DecimalV1;
  /** The tier matches when value ≤ max. */
  readonly max?: DecimalV1;
  readonly points: DecimalV1;
  readonly label?: string;
}

export interface SurveyOptionV1 {
  readonly code: string;
  /** Share of the leaf's max an answer with this option earns, 0..100. */
  readonly percent: DecimalV1;
  /** "Don't know" and the like: not counted at all. */
  readonly excluded?: boolean;
  readonly label?: string;
}

export type RuleV1 =
  | { readonly kind: 'manual' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'tiers'; readonly tiers: readonly TierV1[]; readonly otherwise?: DecimalV1 }
  | { readonly kind: 'ratio'; readonly target?: DecimalV1 }
  | { readonly kind: 'deduction'; readonly perItem: DecimalV1 }
  | { readonly kind: 'survey'; readonly options?: readonly SurveyOptionV1[] };

export interface CriteriaNodeV1 {
  readonly code: string;
  readonly title: string;
  readonly maxPoints: DecimalV1;
  /** Leaves only; defaults to `survey` for a survey rule, else `assessment`. */
  readonly source?: LeafSource;
  /** Leaves only (a node without children). */
  readonly rule?: RuleV1;
  readonly children?: readonly CriteriaNodeV1[];
  readonly guidance?: string;
  readonly evidence?: string;
  /** Code of the unit (agency) that appraises this leaf. */
  readonly leadAgency?: string;
  /**
   * Code or name of the agency that manages the field and must fix what is lost (inherited by descendants;
   * lost points fall back to the lead agency where no node on the path names one).
   */
  readonly responsibleAgency?: string;
  /** Leaves only: the unit may mark it "not applicable" in self-assessment, with a note (default false). */
  readonly notApplicableAllowed?: boolean;
  /** Leaves only: the indicator a provincial system pushes into it; only such leaves receive pushed figures. */
  readonly indicator?: string;
}

export interface BandV1 {
  readonly code: string;
  readonly label: string;
  /** Index threshold 0..100 with at most 2 decimals. */
  readonly minIndex: DecimalV1;
}

export interface AdjustmentsV1 {
  readonly bonusMax: DecimalV1;
  readonly penaltyMax: DecimalV1;
}

export interface CriteriaSetV1 {
  readonly format: typeof CRITERIA_SET_FORMAT;
  readonly code: string;
  readonly name: string;
  readonly year: number;
  readonly unitType: string;
  readonly bands?: readonly BandV1[];
  readonly adjustments?: AdjustmentsV1;
  readonly nodes: readonly CriteriaNodeV1[];
}

/** One leaf's final input. `points` (an appraiser's score) wins over the raw figures. */
export interface LeafInputV1 {
  readonly value?: boolean | DecimalV1;
  readonly numerator?: DecimalV1;
  readonly denominator?: DecimalV1;
  readonly count?: number;
  readonly counts?: Readonly<Record<string, number>>;
  readonly meanPercent?: DecimalV1;
  readonly points?: DecimalV1;
  readonly notApplicable?: boolean;
  readonly comment?: string;
}

export interface UnitAssessmentV1 {
  readonly code: string;
  readonly name?: string;
  readonly group: string;
  /** Keyed by leaf code. */
  readonly items: Readonly<Record<string, LeafInputV1>>;
  readonly bonus?: DecimalV1;
  readonly penalty?: DecimalV1;
}

export interface AssessmentsV1 {
  readonly format: typeof ASSESSMENTS_FORMAT;
  readonly criteriaSet: string;
  readonly units: readonly UnitAssessmentV1[];
}

export interface NodeResultV1 {
  /** ≤ 3 decimals. */
  readonly points: number;
  /** Applicable max (not-applicable leaves removed), ≤ 3 decimals. */
  readonly maxPoints: number;
  /** ≤ 2 decimals; null when nothing applies. */
  readonly index: number | null;
}

export interface UnitResultV1 {
  readonly code: string;
  readonly group: string;
  readonly points: number;
  readonly maxPoints: number;
  readonly index: number | null;
  readonly rank: number | null;
  /** Band code, null when no band applies. */
  readonly band: string | null;
  /** Leaf codes without input (or survey leaves without counted answers). */
  readonly missing: readonly string[];
  /** Every node of the set, leaves included. */
  readonly nodes: Readonly<Record<string, NodeResultV1>>;
}

export interface ResultsV1 {
  readonly format: typeof RESULTS_FORMAT;
  readonly criteriaSet: string;
  readonly units: readonly UnitResultV1[];
}
