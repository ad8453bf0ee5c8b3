import type { LeafInput, Measure } from '../model/assessments.types';
import type { LeafNode, Rule } from '../model/criteria-set.types';
import type { LeafExplanation } from '../model/score.types';
import { compareProducts } from '../decimal/compare-products';
import { mulDivHalfUp } from '../decimal/mul-div-half-up';
import { POW10 } from '../decimal/pow10';

/** `evaluateLeaf` result for a not-applicable leaf (no points, no max). */
export const NOT_APPLICABLE = -1;
/** `evaluateLeaf` result for a leaf without input or counted answers (0 points, listed as missing). */
export const MISSING = -2;

/** Receives the explanation when the caller wants one. */
export interface ExplanationSink {
  explanation: LeafExplanation;
}

const NOT_APPLICABLE_EXPLANATION: LeafExplanation = { case: 'notApplicable' };
const NO_INPUT: LeafExplanation = { case: 'missing', reason: 'noInput' };
const NO_COUNTED_ANSWERS: LeafExplanation = { case: 'missing', reason: 'noCountedAnswers' };
const BOOLEAN_TRUE: LeafExplanation = { case: 'boolean', value: true };
const BOOLEAN_FALSE: LeafExplanation = { case: 'boolean', value: false };

/**
 * The scoring core of one leaf, on integer thousandths with one half-up rounding: returns the points (≥ 0),
 * NOT_APPLICABLE or MISSING, and writes the explanation into `sink` only when one is given — so scoring a
 * whole province allocates nothing per leaf. `scoreLeaf` is the friendly form.
 */
export function evaluateLeaf(
  leaf: LeafNode,
  input: LeafInput | undefined,
  sink: ExplanationSink | null,
): number {
  if (input?.notApplicable) {
    if (sink) sink.explanation = NOT_APPLICABLE_EXPLANATION;
    return NOT_APPLICABLE;
  }
  if (input?.pointsMilli !== undefined) {
    if (sink)
      sink.explanation = { case: 'override', measured: input.measure ? measured(leaf, input.measure) : null };
    return input.pointsMilli;
  }
  if (!input?.measure) {
    if (sink) sink.explanation = NO_INPUT;
    return MISSING;
  }
  return evaluateMeasure(leaf, input.measure, sink);
}

function measured(
  leaf: LeafNode,
  measure: Measure,
): { pointsMilli: number; explanation: LeafExplanation } | null {
  const inner: ExplanationSink = { explanation: NO_INPUT };
  const pointsMilli = evaluateMeasure(leaf, measure, inner);
  return pointsMilli === MISSING ? null : { pointsMilli, explanation: inner.explanation };
}

function evaluateMeasure(leaf: LeafNode, measure: Measure, sink: ExplanationSink | null): number {
  const rule = leaf.rule;
  const max = leaf.maxMilli;
  if (rule.kind === 'boolean' && measure.kind === 'boolean') {
    if (sink) sink.explanation = measure.value ? BOOLEAN_TRUE : BOOLEAN_FALSE;
    return measure.value ? max : 0;
  }
  if (
    (rule.kind === 'tiers' || rule.kind === 'ratio') &&
    (measure.kind === 'value' || measure.kind === 'ratio')
  ) {
    // value = `value`, or numerator / denominator × 100, as the exact fraction n / d
    let n: number;
    let d: number;
    if (measure.kind === 'value') {
      n = measure.value.units;
      d = POW10[measure.value.scale];
    } else {
      n = measure.numerator.units * POW10[measure.denominator.scale] * 100;
      d = measure.denominator.units * POW10[measure.numerator.scale];
    }
    if (rule.kind === 'tiers') {
      const tierIndex = matchTier(rule, n, d);
      if (sink) {
        const value = { numerator: n, denominator: d };
        sink.explanation = { case: 'tiers', measure, value, tierIndex: tierIndex === -1 ? null : tierIndex };
      }
      return tierIndex === -1 ? rule.otherwiseMilli : rule.tiers[tierIndex].pointsMilli;
    }
    const { units, scale } = rule.target;
    const capped = compareProducts(n, POW10[scale], 1, units, d) >= 0;
    if (sink) sink.explanation = { case: 'ratio', measure, value: { numerator: n, denominator: d }, capped };
    return capped ? max : mulDivHalfUp(max, n, POW10[scale], d, units);
  }
  if (rule.kind === 'deduction' && measure.kind === 'count') {
    const deducted = rule.perItemMilli * measure.count;
    if (sink)
      sink.explanation = {
        case: 'deduction',
        count: measure.count,
        deductedMilli: deducted,
        floored: deducted > max,
      };
    return deducted >= max ? 0 : max - deducted;
  }
  if (rule.kind === 'survey' && measure.kind === 'meanPercent') {
    const { units, scale } = measure.meanPercent;
    if (sink) sink.explanation = { case: 'surveyMean', meanPercent: measure.meanPercent };
    return mulDivHalfUp(max, units, 1, 100, POW10[scale]);
  }
  if (rule.kind === 'survey' && measure.kind === 'counts')
    return evaluateSurvey(rule, max, measure.counts, sink);
  throw new TypeError(`Leaf ${leaf.code}: rule "${rule.kind}" cannot score a "${measure.kind}" input`);
}

/** First tier whose bounds hold for n / d (min ≤ value, value ≤ max), -1 for none. */
function matchTier(rule: Extract<Rule, { kind: 'tiers' }>, n: number, d: number): number {
  for (let index = 0; index < rule.tiers.length; index += 1) {
    const { min, max } = rule.tiers[index];
    if (min && compareProducts(n, POW10[min.scale], 1, min.units, d) < 0) continue;
    if (max && compareProducts(n, POW10[max.scale], 1, max.units, d) > 0) continue;
    return index;
  }
  return -1;
}

/** max × Σ countᵢ·percentᵢ / Σ countᵢ / 100 over the options not excluded (counts parallel to the options). */
function evaluateSurvey(
  rule: Extract<Rule, { kind: 'survey' }>,
  max: number,
  counts: readonly number[],
  sink: ExplanationSink | null,
): number {
  let counted = 0;
  let excluded = 0;
  let weighted = 0;
  for (let index = 0; index < rule.options.length; index += 1) {
    const count = counts[index] ?? 0;
    if (rule.options[index].excluded) {
      excluded += count;
    } else {
      counted += count;
      weighted += count * rule.percentUnits[index];
    }
  }
  if (counted === 0) {
    if (sink) sink.explanation = NO_COUNTED_ANSWERS;
    return MISSING;
  }
  const scale = POW10[rule.percentScale];
  if (sink) {
    const meanPercent = { numerator: weighted, denominator: counted * scale };
    sink.explanation = { case: 'surveyCounts', counted, excluded, meanPercent };
  }
  return mulDivHalfUp(max, weighted, 1, counted, 100, scale);
}
