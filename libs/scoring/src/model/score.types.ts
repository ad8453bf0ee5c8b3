import type { ValueMeasure } from './assessments.types';
import type { ExactDecimal, Band } from './criteria-set.types';

/** An exact non-negative rational `numerator / denominator` (safe integers, denominator > 0). */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Why a leaf got its points, as data: `describeLeafScore` renders it in Vietnamese or English,
 * the SPA may render it its own way.
 */
export type LeafExplanation =
  | { readonly case: 'notApplicable' }
  | { readonly case: 'missing'; readonly reason: 'noInput' | 'noCountedAnswers' }
  | {
      readonly case: 'override';
      /** What the raw figures alone would have scored, when there are any. */
      readonly measured: { readonly pointsMilli: number; readonly explanation: LeafExplanation } | null;
    }
  | { readonly case: 'boolean'; readonly value: boolean }
  /** `tierIndex` is the first matching tier (0-based), null when `otherwise` applied. */
  | {
      readonly case: 'tiers';
      readonly measure: ValueMeasure;
      readonly value: Fraction;
      readonly tierIndex: number | null;
    }
  | {
      readonly case: 'ratio';
      readonly measure: ValueMeasure;
      readonly value: Fraction;
      readonly capped: boolean;
    }
  | {
      readonly case: 'deduction';
      readonly count: number;
      readonly deductedMilli: number;
      readonly floored: boolean;
    }
  | {
      readonly case: 'surveyCounts';
      readonly counted: number;
      readonly excluded: number;
      /** Σ countᵢ·percentᵢ / Σ countᵢ over the counted options, exact. */
      readonly meanPercent: Fraction;
    }
  | { readonly case: 'surveyMean'; readonly meanPercent: ExactDecimal };

export interface LeafScore {
  readonly code: string;
  /** Points in thousandths, rounded half-up once. */
  readonly pointsMilli: number;
  /** Applicable max in thousandths: the leaf's max, or 0 when not applicable. */
  readonly maxMilli: number;
  readonly notApplicable: boolean;
  /** No input, or a survey leaf without counted answers: scored 0 and listed in `missing`. */
  readonly missing: boolean;
  readonly explanation: LeafExplanation;
}

export interface NodeScore {
  readonly code: string;
  readonly pointsMilli: number;
  readonly maxMilli: number;
  /** Hundredths of an index point, half-up; null when the applicable max is 0. */
  readonly indexCenti: number | null;
}

export interface AdjustmentScore {
  /** As given by the assessment. */
  readonly bonusGivenMilli: number;
  readonly penaltyGivenMilli: number;
  /** After the caps. */
  readonly bonusMilli: number;
  readonly penaltyMilli: number;
  /** Set when the total had to be clamped into [0, applicable max]. */
  readonly clampedTo: 'zero' | 'max' | null;
}

export interface UnitScore {
  readonly code: string;
  readonly name?: string;
  readonly group: string;
  /** Σ areas + capped bonus − capped penalty, clamped to [0, maxMilli]. */
  readonly pointsMilli: number;
  /** Applicable max of the whole set. */
  readonly maxMilli: number;
  readonly indexCenti: number | null;
  /** Σ areas before adjustments. */
  readonly areasMilli: number;
  readonly adjustment: AdjustmentScore;
  /** Leaf codes in set order. */
  readonly missing: readonly string[];
  /** Every node of the set (leaves included), in set order; each value is made on access. */
  readonly nodes: ReadonlyMap<string, NodeScore>;
  /** Every leaf with its explanation, in set order; each value is re-derived from the input on access. */
  readonly leaves: ReadonlyMap<string, LeafScore>;
  /** Bulk access: points of every node in thousandths, parallel to `set.allNodes`. */
  readonly nodePointsMilli: Float64Array;
  /** Bulk access: applicable max of every node in thousandths, parallel to `set.allNodes`. */
  readonly nodeMaxMilli: Float64Array;
}

export interface ScoredUnit extends UnitScore {
  /** Competition rank inside the unit's group; null when nothing applies. */
  readonly rank: number | null;
  readonly band: Band | null;
}

/** Breaks ties of the rounded index, in the order given; units still equal keep sharing a rank. */
export type TieBreaker =
  /** Higher unrounded index first. */
  | { readonly by: 'exactIndex' }
  /** More total points first. */
  | { readonly by: 'points' }
  /** Higher index of the named node (e.g. an area) first; no index counts as lowest. */
  | { readonly by: 'node'; readonly code: string };

export interface RankingOptions {
  readonly tieBreakers?: readonly TieBreaker[];
}

export interface ScoringOptions extends RankingOptions {
  /** Replaces the set's bands (a period may override them); see `parseBands`. */
  readonly bands?: readonly Band[];
}
