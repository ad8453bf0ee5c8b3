import type { DecimalV1, LeafInputV1, RuleKind } from '@par/scoring';
import type { Language } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';
import { decimalForReader, decimalFromReader } from '../../lib/points';

/**
 * How the figures are given: by the rule's own measure (`figures`: yes/no, a value, a count), as
 * numerator/denominator (`fraction`, tiers and ratio rules), or as points directly (`points`: manual rules,
 * and an appraiser's score on any rule).
 */
export type InputMode = 'figures' | 'fraction' | 'points';

/** A leaf input as a form holds it: text fields, so that what the user typed stays as typed. */
export interface LeafInputValues {
  notApplicable: boolean;
  mode: InputMode;
  answer: '' | 'yes' | 'no';
  value: string;
  numerator: string;
  denominator: string;
  count: string;
  points: string;
}

export const EMPTY_INPUT: LeafInputValues = {
  notApplicable: false,
  mode: 'figures',
  answer: '',
  value: '',
  numerator: '',
  denominator: '',
  count: '',
  points: '',
};

/**
 * A typed decimal as the API takes it: `95,5` and `95.5` both give 95.5. Anything else is passed on as typed,
 * so that @par/scoring reports it in its own words (the same the API would answer).
 */
function decimalOf(text: string): DecimalV1 {
  const normal = decimalFromReader(text);
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : text.trim();
}

function countOf(text: string): number | string {
  const normal = text.trim();
  return /^\d+$/.test(normal) ? Number(normal) : normal;
}

/** The form values of a stored input (a self-assessment, an appraiser's decision). */
export function inputValuesOf(input: LeafInputV1 | null, lang: Language): LeafInputValues {
  if (!input) return EMPTY_INPUT;
  if (input.notApplicable) return { ...EMPTY_INPUT, notApplicable: true };
  if (input.points !== undefined)
    return { ...EMPTY_INPUT, mode: 'points', points: decimalForReader(input.points, lang) };
  if (typeof input.value === 'boolean') return { ...EMPTY_INPUT, answer: input.value ? 'yes' : 'no' };
  if (input.value !== undefined) return { ...EMPTY_INPUT, value: decimalForReader(input.value, lang) };
  if (input.numerator !== undefined || input.denominator !== undefined) {
    return {
      ...EMPTY_INPUT,
      mode: 'fraction',
      numerator: decimalForReader(input.numerator, lang),
      denominator: decimalForReader(input.denominator, lang),
    };
  }
  if (input.count !== undefined) return { ...EMPTY_INPUT, count: String(input.count) };
  return EMPTY_INPUT;
}

/** The v1 input of the form values for a rule kind; null when nothing was entered. */
export function leafInputOf(kind: RuleKind, values: LeafInputValues): LeafInputV1 | null {
  if (values.notApplicable) return { notApplicable: true };
  if (kind === 'manual' || values.mode === 'points')
    return values.points.trim() ? { points: decimalOf(values.points) } : null;
  switch (kind) {
    case 'boolean':
      return values.answer ? { value: values.answer === 'yes' } : null;
    case 'tiers':
    case 'ratio':
      if (values.mode === 'fraction') {
        return values.numerator.trim() || values.denominator.trim()
          ? { numerator: decimalOf(values.numerator), denominator: decimalOf(values.denominator) }
          : null;
      }
      return values.value.trim() ? { value: decimalOf(values.value) } : null;
    case 'deduction':
      // A count that is not a whole number reaches the lib as typed, which reports it (INVALID_COUNT).
      return values.count.trim() ? ({ count: countOf(values.count) } as LeafInputV1) : null;
    case 'survey':
      return null;
  }
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A stored input as an official reads it: "Có", "19/20 (95%)", "3 trường hợp", "1,25 điểm", "Không áp dụng". */
export function describeInput(input: LeafInputV1 | null, t: Translate, lang: Language): string {
  if (!input) return t('assessment.input.none');
  if (input.notApplicable) return t('assessment.input.notApplicable');
  if (input.points !== undefined)
    return t('assessment.input.pointsGiven', { points: decimalForReader(input.points, lang) });
  if (typeof input.value === 'boolean')
    return t(input.value ? 'assessment.input.yes' : 'assessment.input.no');
  if (input.value !== undefined) return decimalForReader(input.value, lang);
  if (input.numerator !== undefined && input.denominator !== undefined) {
    const denominator = Number(input.denominator);
    const percent = denominator > 0 ? Math.round((Number(input.numerator) / denominator) * 10000) / 100 : 0;
    return t('assessment.input.fractionText', {
      numerator: decimalForReader(input.numerator, lang),
      denominator: decimalForReader(input.denominator, lang),
      percent: decimalForReader(percent, lang),
    });
  }
  if (input.count !== undefined) return t('assessment.input.countText', { count: input.count });
  if (input.counts)
    return Object.entries(input.counts)
      .map(([option, count]) => `${option}: ${count}`)
      .join('; ');
  if (input.meanPercent !== undefined) return `${decimalForReader(input.meanPercent, lang)}%`;
  return t('assessment.input.none');
}
