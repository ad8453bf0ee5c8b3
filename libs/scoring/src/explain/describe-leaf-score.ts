import type { ValueMeasure } from '../model/assessments.types';
import type { ExactDecimal, LeafNode, Tier } from '../model/criteria-set.types';
import type { Fraction, LeafExplanation, LeafScore } from '../model/score.types';
import { compareProducts } from '../decimal/compare-products';
import { formatFraction } from '../decimal/format-fraction';
import { formatScaled, type Locale } from '../decimal/format-scaled';
import { mulDivHalfUp } from '../decimal/mul-div-half-up';
import { POW10 } from '../decimal/pow10';

interface Words {
  readonly locale: Locale;
  /** `point` or `points` in English, `điểm` in Vietnamese. */
  readonly unit: (text: string) => string;
  /** Points, trimmed: `1,95`. */
  readonly p: (milli: number) => string;
  /** An exact decimal, trimmed. */
  readonly d: (decimal: ExactDecimal) => string;
}

/**
 * One sentence saying why a leaf got its points — rule, input, result — in Vietnamese (default) or English,
 * e.g. `Tỷ lệ: 2 × 99,99 / 100 = 1,9998 → 2 điểm (làm tròn nửa lên đến 3 chữ số thập phân).`
 */
export function describeLeafScore(leaf: LeafNode, score: LeafScore, locale: Locale = 'vi'): string {
  const words: Words = {
    locale,
    unit: (text) => (locale === 'vi' ? `${text} điểm` : `${text} ${text === '1' ? 'point' : 'points'}`),
    p: (milli) => formatScaled(milli, 3, { locale, trimZeros: true }),
    d: (decimal) => formatScaled(decimal.units, decimal.scale, { locale, trimZeros: true }),
  };
  return describe(leaf, score.pointsMilli, score.explanation, words);
}

function describe(leaf: LeafNode, pointsMilli: number, explanation: LeafExplanation, w: Words): string {
  const vi = w.locale === 'vi';
  const points = w.unit(w.p(pointsMilli));
  const max = w.p(leaf.maxMilli);
  const full = vi ? `tối đa ${w.unit(max)}` : `full marks (${w.unit(max)})`;
  const rule = leaf.rule;
  switch (explanation.case) {
    case 'notApplicable':
      return vi
        ? 'Không áp dụng: tiêu chí được loại khỏi cả điểm đạt và điểm tối đa.'
        : 'Not applicable: the leaf leaves both the points and the applicable max.';
    case 'missing':
      if (explanation.reason === 'noCountedAnswers') {
        return vi
          ? 'Không có phiếu khảo sát nào được tính: 0 điểm, ghi vào danh sách thiếu.'
          : 'No counted survey answers: 0 points, listed as missing.';
      }
      return vi
        ? 'Chưa có số liệu: 0 điểm, ghi vào danh sách thiếu.'
        : 'No input: 0 points, listed as missing.';
    case 'override': {
      const head = vi
        ? `Điểm chấm trực tiếp (thẩm định): ${points}.`
        : `Points given directly (appraisal): ${points}.`;
      if (!explanation.measured) return head;
      const measured = describe(leaf, explanation.measured.pointsMilli, explanation.measured.explanation, w);
      return vi ? `${head} Nếu chấm theo số liệu: ${measured}` : `${head} By the figures alone: ${measured}`;
    }
    case 'boolean':
      if (vi) return explanation.value ? `Có/không: đạt → ${full}.` : 'Có/không: không đạt → 0 điểm.';
      return explanation.value ? `Yes/no: met → ${full}.` : 'Yes/no: not met → 0 points.';
    case 'tiers': {
      const value = valueText(explanation.measure, explanation.value, w);
      if (rule.kind !== 'tiers' || explanation.tierIndex === null) {
        return vi
          ? `Theo mức: giá trị ${value} không đạt mức nào → ${points}.`
          : `Tiers: value ${value} meets no tier → ${points} (otherwise).`;
      }
      const tier = rule.tiers[explanation.tierIndex];
      const level = explanation.tierIndex + 1;
      return vi
        ? `Theo mức: giá trị ${value} ${condition(tier, w)} → mức ${level}: ${points}.`
        : `Tiers: value ${value} ${condition(tier, w)} → tier ${level}: ${points}.`;
    }
    case 'ratio': {
      const value = valueText(explanation.measure, explanation.value, w);
      if (rule.kind !== 'ratio' || explanation.capped) {
        const target = rule.kind === 'ratio' ? w.d(rule.target) : '?';
        return vi
          ? `Tỷ lệ: giá trị ${value} ≥ mục tiêu ${target} → ${full}.`
          : `Ratio: value ${value} ≥ target ${target} → ${full}.`;
      }
      const { units, scale } = rule.target;
      const { numerator, denominator } = explanation.value;
      const result = product(leaf.maxMilli, numerator, POW10[scale], denominator, units, pointsMilli, w);
      return vi
        ? `Tỷ lệ: ${max} × ${value} / ${w.d(rule.target)} ${result}.`
        : `Ratio: ${max} × ${value} / ${w.d(rule.target)} ${result}.`;
    }
    case 'deduction': {
      const perItem = rule.kind === 'deduction' ? w.p(rule.perItemMilli) : '?';
      const sum = `${max} − ${perItem} × ${explanation.count}`;
      if (explanation.floored) {
        return vi
          ? `Trừ điểm: ${sum} < 0 → 0 điểm (không âm).`
          : `Deduction: ${sum} < 0 → 0 points (floor 0).`;
      }
      return vi ? `Trừ điểm: ${sum} = ${points}.` : `Deduction: ${sum} = ${points}.`;
    }
    case 'surveyCounts': {
      const mean = formatFraction(explanation.meanPercent, w.locale);
      const { numerator, denominator } = explanation.meanPercent;
      const result = product(leaf.maxMilli, numerator, 1, denominator, 100, pointsMilli, w);
      return vi
        ? `Điều tra xã hội học: ${explanation.counted} phiếu được tính (${explanation.excluded} phiếu loại trừ), bình quân ${mean}% → ${max} × ${mean}% ${result}.`
        : `Survey: ${explanation.counted} counted answers (${explanation.excluded} excluded), mean ${mean}% → ${max} × ${mean}% ${result}.`;
    }
    case 'surveyMean': {
      const mean = w.d(explanation.meanPercent);
      const { units, scale } = explanation.meanPercent;
      const result = product(leaf.maxMilli, units, 1, 100, POW10[scale], pointsMilli, w);
      return vi
        ? `Điều tra xã hội học: bình quân ${mean}% → ${max} × ${mean}% ${result}.`
        : `Survey: mean ${mean}% → ${max} × ${mean}% ${result}.`;
    }
  }
}

/**
 * `= 1,95 điểm` when the points before rounding — a × b × c / (d × e) thousandths — are exact to 3 decimals,
 * else `= 1,9998 → 2 điểm (làm tròn …)` (`≈` when even 6 decimals do not show them exactly).
 */
function product(
  a: number,
  b: number,
  c: number,
  d: number,
  e: number,
  pointsMilli: number,
  w: Words,
): string {
  const points = w.unit(w.p(pointsMilli));
  if (compareProducts(pointsMilli, d, e, a, b, c) === 0) return `= ${points}`;
  const micro = mulDivHalfUp(a * 1000, b, c, d, e);
  const exact = compareProducts(micro, d, e, a * 1000, b, c) === 0;
  const shown = `${exact ? '=' : '≈'} ${formatScaled(micro, 6, { locale: w.locale, trimZeros: true })}`;
  return w.locale === 'vi'
    ? `${shown} → ${points} (làm tròn nửa lên đến 3 chữ số thập phân)`
    : `${shown} → ${points} (rounded half-up to 3 decimals)`;
}

function valueText(measure: ValueMeasure, fraction: Fraction, w: Words): string {
  const value = formatFraction(fraction, w.locale);
  return measure.kind === 'ratio'
    ? `${value} (${w.d(measure.numerator)}/${w.d(measure.denominator)} × 100)`
    : value;
}

function condition(tier: Tier, w: Words): string {
  if (tier.min && tier.max)
    return `${w.locale === 'vi' ? 'trong khoảng' : 'within'} ${w.d(tier.min)}..${w.d(tier.max)}`;
  if (tier.min) return `≥ ${w.d(tier.min)}`;
  return `≤ ${w.d(tier.max ?? { units: 0, scale: 0 })}`;
}
