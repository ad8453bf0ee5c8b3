import type { ExactDecimal } from './criteria-set.types';

/** The raw figures a unit (or the one-stop system) gives for a leaf. */
export type Measure =
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'value'; readonly value: ExactDecimal }
  | { readonly kind: 'ratio'; readonly numerator: ExactDecimal; readonly denominator: ExactDecimal }
  | { readonly kind: 'count'; readonly count: number }
  /** Answers per option, parallel to the survey rule's `options` (0 for an option not given). */
  | { readonly kind: 'counts'; readonly counts: readonly number[] }
  | { readonly kind: 'meanPercent'; readonly meanPercent: ExactDecimal };

export type MeasureKind = Measure['kind'];

/** The figures that give a rule its *value*: `value`, or `numerator / denominator × 100`. */
export type ValueMeasure = Extract<Measure, { kind: 'value' | 'ratio' }>;

/**
 * One leaf's validated input. `pointsMilli` (an appraiser's score) wins over `measure`;
 * `notApplicable` stands alone (the parser refuses it together with anything else).
 */
export interface LeafInput {
  readonly notApplicable?: boolean;
  readonly pointsMilli?: number;
  readonly measure?: Measure;
}

export interface UnitInput {
  readonly code: string;
  readonly name?: string;
  readonly group: string;
  /** Keyed by leaf code; a leaf without an entry has no input (missing). */
  readonly items: ReadonlyMap<string, LeafInput>;
  readonly bonusMilli: number;
  readonly penaltyMilli: number;
}

export interface Assessments {
  readonly criteriaSet: string;
  readonly units: readonly UnitInput[];
}
