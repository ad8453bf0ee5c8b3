import {
  CRITERIA_SET_FORMAT,
  parseCriteriaSet,
  type DecimalV1,
  type Issue,
  type LeafInputV1,
  type LeafNode,
  type LeafSource,
  type RuleV1,
} from '@par/scoring';
import { decimalFromReader } from '../../lib/points';

/**
 * The leaf as the server will score it, built by libs/scoring's own parser (a one-leaf set), so the preview
 * cannot drift from the API: issues when the leaf does not validate (e.g. a survey rule on an assessment leaf).
 */
export function previewLeaf(leaf: {
  code: string;
  title: string;
  maxPoints: DecimalV1;
  source?: LeafSource;
  rule: RuleV1;
}): { ok: true; leaf: LeafNode } | { ok: false; issues: readonly Issue[] } {
  const parsed = parseCriteriaSet({
    format: CRITERIA_SET_FORMAT,
    code: 'PREVIEW',
    name: 'preview',
    year: 2000,
    unitType: 'preview',
    nodes: [
      {
        code: leaf.code || 'PREVIEW',
        title: leaf.title || 'preview',
        maxPoints: leaf.maxPoints,
        ...(leaf.source ? { source: leaf.source } : {}),
        rule: leaf.rule,
      },
    ],
  });
  return parsed.ok ? { ok: true, leaf: parsed.value.leaves[0] } : { ok: false, issues: parsed.issues };
}

/** A sample input as typed in the preview box; empty fields are not sent. */
export interface SampleInput {
  notApplicable: boolean;
  points: string;
  /** `true` / `false` for a yes/no leaf, else a number. */
  value: string;
  numerator: string;
  denominator: string;
  count: string;
  counts: Record<string, string>;
  meanPercent: string;
}

export const emptySample = (): SampleInput => ({
  notApplicable: false,
  points: '',
  value: '',
  numerator: '',
  denominator: '',
  count: '',
  counts: {},
  meanPercent: '',
});

/** The sample as an assessments/v1 item, exactly what a unit or an appraiser would send for the leaf. */
export function sampleItem(sample: SampleInput): LeafInputV1 {
  if (sample.notApplicable) return { notApplicable: true };
  const decimal = decimalFromReader;
  // A count that is not a whole number stays what it is, for the parser to name it (INVALID_COUNT).
  const whole = (text: string) => Number(decimal(text));
  const counts = Object.entries(sample.counts).filter(([, text]) => text.trim() !== '');
  const item: { -readonly [K in keyof LeafInputV1]: LeafInputV1[K] } = {};
  if (sample.points.trim()) item.points = decimal(sample.points);
  if (sample.value === 'true' || sample.value === 'false') item.value = sample.value === 'true';
  else if (sample.value.trim()) item.value = decimal(sample.value);
  if (sample.numerator.trim()) item.numerator = decimal(sample.numerator);
  if (sample.denominator.trim()) item.denominator = decimal(sample.denominator);
  if (sample.count.trim()) item.count = whole(sample.count);
  if (counts.length) item.counts = Object.fromEntries(counts.map(([code, text]) => [code, whole(text)]));
  if (sample.meanPercent.trim()) item.meanPercent = decimal(sample.meanPercent);
  return item;
}
