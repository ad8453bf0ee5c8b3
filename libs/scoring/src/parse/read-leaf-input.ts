import type { LeafInput, Measure, MeasureKind } from '../model/assessments.types';
import type { ExactDecimal, LeafNode } from '../model/criteria-set.types';
import type { RuleKind } from '../model/interchange-v1.types';
import type { Issue } from '../model/issue.types';
import { compareProducts } from '../decimal/compare-products';
import { EXACT_LIMIT } from '../decimal/exact-limits';
import { formatPoints } from '../decimal/format-points';
import { POW10 } from '../decimal/pow10';
import { checkKnownKeys } from './check-known-keys';
import { isRecord } from './is-record';
import { readBoolean } from './read-boolean';
import { readDecimal } from './read-decimal';
import { readMilli } from './read-milli';
import { reportIssue } from './report-issue';
import { reportNotObject } from './report-not-object';
import { showValue } from './show-value';
import type { Site } from './site';
import { subSite } from './sub-site';

const INPUT_KEYS: ReadonlySet<string> = new Set([
  'value',
  'numerator',
  'denominator',
  'count',
  'counts',
  'meanPercent',
  'points',
  'notApplicable',
  'comment',
]);

/** Which raw figures each rule kind scores (`points` and `notApplicable` fit every kind). */
const ACCEPTED: Readonly<Record<RuleKind, readonly MeasureKind[]>> = {
  manual: [],
  boolean: ['boolean'],
  tiers: ['value', 'ratio'],
  ratio: ['value', 'ratio'],
  deduction: ['count'],
  survey: ['counts', 'meanPercent'],
};

const MEASURE_FIELDS: Readonly<Record<MeasureKind, string>> = {
  boolean: 'value: true|false',
  value: 'value',
  ratio: 'numerator/denominator',
  count: 'count',
  counts: 'counts',
  meanPercent: 'meanPercent',
};

/** More answers than this for one option is a data error, and it keeps survey sums exact (README, "Limits"). */
const MAX_COUNT = 1_000_000_000;

/**
 * Validates one leaf's input against the leaf's rule and max, reporting every problem at `at`
 * (unit, leaf, path). Returns the typed input, or null when anything was wrong.
 */
export function readLeafInput(leaf: LeafNode, raw: unknown, issues: Issue[], at: Site): LeafInput | null {
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, at);
    return null;
  }
  const before = issues.length;
  checkKnownKeys(raw, INPUT_KEYS, issues, at);
  if (raw.comment !== undefined && typeof raw.comment !== 'string') {
    reportIssue(
      issues,
      'INVALID_FIELD',
      subSite(at, 'comment'),
      `"comment" phải là chuỗi ký tự, nhận được ${showValue(raw.comment)}.`,
      `"comment" must be a string, got ${showValue(raw.comment)}.`,
    );
  }
  const kind = measureKind(raw, issues, at);
  const notApplicable = readNotApplicable(raw, kind !== null, issues, at);
  const pointsMilli = raw.points === undefined ? null : readPoints(leaf, raw.points, issues, at);
  const measure = kind === null ? null : readMeasure(leaf, kind, raw, issues, at);
  if (issues.length !== before) return null;
  const input: { -readonly [K in keyof LeafInput]: LeafInput[K] } = {};
  if (notApplicable) input.notApplicable = true;
  if (pointsMilli !== null) input.pointsMilli = pointsMilli;
  if (measure) input.measure = measure;
  return input;
}

/** The one kind of figures given, null for none; two kinds at once is INPUT_CONFLICT. */
function measureKind(raw: Readonly<Record<string, unknown>>, issues: Issue[], at: Site): MeasureKind | null {
  let kind: MeasureKind | null = null;
  let conflict: MeasureKind[] | null = null;
  const note = (next: MeasureKind): void => {
    if (kind === null) kind = next;
    else (conflict ??= [kind]).push(next);
  };
  if (raw.value !== undefined) note(typeof raw.value === 'boolean' ? 'boolean' : 'value');
  if (raw.numerator !== undefined || raw.denominator !== undefined) note('ratio');
  if (raw.count !== undefined) note('count');
  if (raw.counts !== undefined) note('counts');
  if (raw.meanPercent !== undefined) note('meanPercent');
  if (!conflict) return kind;
  const fields = (conflict as MeasureKind[]).map((k) => MEASURE_FIELDS[k]).join('; ');
  reportIssue(
    issues,
    'INPUT_CONFLICT',
    at,
    `chỉ nhập một loại số liệu, nhận được cùng lúc: ${fields}.`,
    `give one kind of figures only, got together: ${fields}.`,
  );
  return null;
}

function readNotApplicable(
  raw: Readonly<Record<string, unknown>>,
  hasFigures: boolean,
  issues: Issue[],
  at: Site,
): boolean {
  if (!readBoolean(raw.notApplicable, issues, subSite(at, 'notApplicable'))) return false;
  if (hasFigures || raw.points !== undefined) {
    reportIssue(
      issues,
      'INPUT_CONFLICT',
      at,
      'tiêu chí "không áp dụng" (notApplicable) thì không nhập số liệu hay điểm.',
      'a "not applicable" leaf takes no figures and no points.',
    );
  }
  return true;
}

function readPoints(leaf: LeafNode, raw: unknown, issues: Issue[], at: Site): number | null {
  const pointsAt = subSite(at, 'points');
  const milli = readMilli(raw, issues, pointsAt);
  if (milli === null || (milli >= 0 && milli <= leaf.maxMilli)) return milli;
  reportIssue(
    issues,
    'POINTS_OUT_OF_RANGE',
    pointsAt,
    `điểm ${showValue(raw)} nằm ngoài khoảng 0..${formatPoints(leaf.maxMilli, { trimZeros: true })}.`,
    `points ${showValue(raw)} are outside 0..${formatPoints(leaf.maxMilli, { locale: 'en', trimZeros: true })}.`,
  );
  return null;
}

function readMeasure(
  leaf: LeafNode,
  kind: MeasureKind,
  raw: Readonly<Record<string, unknown>>,
  issues: Issue[],
  at: Site,
): Measure | null {
  const accepted = ACCEPTED[leaf.rule.kind];
  if (!accepted.includes(kind)) {
    const expectedVi =
      accepted.length === 0
        ? 'chỉ nhận "points"'
        : `cần ${accepted.map((k) => MEASURE_FIELDS[k]).join(' hoặc ')}`;
    const expectedEn =
      accepted.length === 0
        ? 'takes "points" only'
        : `expects ${accepted.map((k) => MEASURE_FIELDS[k]).join(' or ')}`;
    reportIssue(
      issues,
      'INPUT_KIND_MISMATCH',
      at,
      `quy tắc "${leaf.rule.kind}" ${expectedVi}, nhận được ${MEASURE_FIELDS[kind]}.`,
      `rule "${leaf.rule.kind}" ${expectedEn}, got ${MEASURE_FIELDS[kind]}.`,
    );
    return null;
  }
  switch (kind) {
    case 'boolean':
      return { kind, value: raw.value === true };
    case 'value': {
      const valueAt = subSite(at, 'value');
      const value = readDecimal(raw.value, issues, valueAt);
      if (value === null) return null;
      if (leaf.rule.kind === 'ratio' && value.units < 0) {
        reportIssue(
          issues,
          'VALUE_OUT_OF_RANGE',
          valueAt,
          `giá trị của quy tắc tỷ lệ không được âm, nhận được ${showValue(raw.value)}.`,
          `a ratio rule's value must not be negative, got ${showValue(raw.value)}.`,
        );
        return null;
      }
      return { kind, value };
    }
    case 'ratio':
      return readRatio(raw, issues, at);
    case 'count': {
      const count = readCount(raw.count, issues, subSite(at, 'count'));
      return count === null ? null : { kind, count };
    }
    case 'counts':
      return readCounts(leaf, raw.counts, issues, subSite(at, 'counts'));
    case 'meanPercent': {
      const meanAt = subSite(at, 'meanPercent');
      const meanPercent = readDecimal(raw.meanPercent, issues, meanAt);
      if (meanPercent === null) return null;
      if (
        meanPercent.units < 0 ||
        compareProducts(meanPercent.units, 1, 1, 100, POW10[meanPercent.scale]) > 0
      ) {
        reportIssue(
          issues,
          'VALUE_OUT_OF_RANGE',
          meanAt,
          `"meanPercent" phải trong khoảng 0..100, nhận được ${showValue(raw.meanPercent)}.`,
          `"meanPercent" must be within 0..100, got ${showValue(raw.meanPercent)}.`,
        );
        return null;
      }
      return { kind, meanPercent };
    }
  }
}

function readRatio(raw: Readonly<Record<string, unknown>>, issues: Issue[], at: Site): Measure | null {
  if (raw.numerator === undefined || raw.denominator === undefined) {
    reportIssue(
      issues,
      'INVALID_RATIO',
      at,
      'cần nhập cả tử số (numerator) và mẫu số (denominator).',
      'both numerator and denominator are needed.',
    );
    return null;
  }
  const numeratorAt = subSite(at, 'numerator');
  const denominatorAt = subSite(at, 'denominator');
  const numerator = readDecimal(raw.numerator, issues, numeratorAt);
  const denominator = readDecimal(raw.denominator, issues, denominatorAt);
  if (numerator === null || denominator === null) return null;
  if (denominator.units <= 0) {
    reportIssue(
      issues,
      'INVALID_RATIO',
      denominatorAt,
      `mẫu số phải lớn hơn 0, nhận được ${showValue(raw.denominator)}.`,
      `the denominator must be greater than 0, got ${showValue(raw.denominator)}.`,
    );
    return null;
  }
  if (numerator.units < 0) {
    reportIssue(
      issues,
      'INVALID_RATIO',
      numeratorAt,
      `tử số không được âm, nhận được ${showValue(raw.numerator)}.`,
      `the numerator must not be negative, got ${showValue(raw.numerator)}.`,
    );
    return null;
  }
  if (!ratioFitsExactly(numerator, denominator)) {
    reportIssue(
      issues,
      'VALUE_OUT_OF_RANGE',
      at,
      'tử số hoặc mẫu số quá lớn hoặc có quá nhiều chữ số thập phân.',
      'the numerator or denominator is too large or has too many fractional digits.',
    );
    return null;
  }
  return { kind: 'ratio', numerator, denominator };
}

/** value = numerator × 10^ds × 100 / (denominator × 10^ns) must have both terms ≤ 2^52. */
function ratioFitsExactly(numerator: ExactDecimal, denominator: ExactDecimal): boolean {
  return (
    numerator.units * POW10[denominator.scale] * 100 <= EXACT_LIMIT &&
    denominator.units * POW10[numerator.scale] <= EXACT_LIMIT
  );
}

function readCount(raw: unknown, issues: Issue[], at: Site): number | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_COUNT) return raw;
  reportIssue(
    issues,
    'INVALID_COUNT',
    at,
    `số lượng phải là số nguyên từ 0 đến ${MAX_COUNT}, nhận được ${showValue(raw)}.`,
    `a count must be an integer from 0 to ${MAX_COUNT}, got ${showValue(raw)}.`,
  );
  return null;
}

function readCounts(leaf: LeafNode, raw: unknown, issues: Issue[], at: Site): Measure | null {
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, at);
    return null;
  }
  const rule = leaf.rule;
  const options = rule.kind === 'survey' ? rule.options : [];
  const before = issues.length;
  const counts = new Array<number>(options.length).fill(0);
  for (const option in raw) {
    const position = options.findIndex((candidate) => candidate.code === option);
    if (position === -1) {
      const known = options.map((candidate) => candidate.code).join(', ');
      reportIssue(
        issues,
        'UNKNOWN_OPTION',
        subSite(at, option),
        `phương án "${option}" không có trong quy tắc (có: ${known}).`,
        `option "${option}" is not in the rule (known: ${known}).`,
      );
      continue;
    }
    const count = readCount(raw[option], issues, subSite(at, option));
    if (count !== null) counts[position] = count;
  }
  return issues.length === before ? { kind: 'counts', counts } : null;
}
