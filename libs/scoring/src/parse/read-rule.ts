import type { ExactDecimal, Rule, SurveyOption, Tier } from '../model/criteria-set.types';
import type { Issue } from '../model/issue.types';
import type { RuleKind } from '../model/interchange-v1.types';
import { compareProducts } from '../decimal/compare-products';
import { formatPoints } from '../decimal/format-points';
import { POW10 } from '../decimal/pow10';
import { checkKnownKeys } from './check-known-keys';
import { isRecord } from './is-record';
import { readBoolean } from './read-boolean';
import { readDecimal } from './read-decimal';
import { readMilli } from './read-milli';
import { readString } from './read-string';
import { reportIssue } from './report-issue';
import { reportNotObject } from './report-not-object';
import { showValue } from './show-value';
import type { Site } from './site';
import { subSite } from './sub-site';

const RULE_KEYS: Readonly<Record<RuleKind, ReadonlySet<string>>> = {
  manual: new Set(['kind']),
  boolean: new Set(['kind']),
  tiers: new Set(['kind', 'tiers', 'otherwise']),
  ratio: new Set(['kind', 'target']),
  deduction: new Set(['kind', 'perItem']),
  survey: new Set(['kind', 'options']),
};
const TIER_KEYS: ReadonlySet<string> = new Set(['min', 'max', 'points', 'label']);
const OPTION_KEYS: ReadonlySet<string> = new Set(['code', 'percent', 'excluded', 'label']);

/** Survey options when a survey rule gives none: A 100 %, B 60 %, C 20 %, D 0 %, E ("don't know") excluded. */
const DEFAULT_SURVEY_OPTIONS: readonly SurveyOption[] = [
  { code: 'A', percent: { units: 100, scale: 0 }, excluded: false },
  { code: 'B', percent: { units: 60, scale: 0 }, excluded: false },
  { code: 'C', percent: { units: 20, scale: 0 }, excluded: false },
  { code: 'D', percent: { units: 0, scale: 0 }, excluded: false },
  { code: 'E', percent: { units: 0, scale: 0 }, excluded: true },
];
/** Keeps Σ countᵢ·percentᵢ exact in doubles (see README, "Limits"). */
const MAX_SURVEY_OPTIONS = 20;
const MAX_PERCENT_SCALE = 3;
const DEFAULT_RATIO_TARGET: ExactDecimal = { units: 100, scale: 0 };

/**
 * Validates one leaf rule against the leaf's max (thousandths; null when the max itself is invalid, which
 * skips the range checks) and reports every problem into `issues`. `at` names the node and the rule's path.
 */
export function readRule(raw: unknown, maxMilli: number | null, issues: Issue[], at: Site): Rule | null {
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, at);
    return null;
  }
  const kind = raw.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(RULE_KEYS, kind)) {
    reportIssue(
      issues,
      'UNKNOWN_RULE',
      subSite(at, 'kind'),
      `loại quy tắc chấm ${showValue(kind)} không được hỗ trợ (manual, boolean, tiers, ratio, deduction, survey).`,
      `rule kind ${showValue(kind)} is not supported (manual, boolean, tiers, ratio, deduction, survey).`,
    );
    return null;
  }
  const ruleKind = kind as RuleKind;
  const before = issues.length;
  checkKnownKeys(raw, RULE_KEYS[ruleKind], issues, at);
  const rule = readRuleBody(ruleKind, raw, maxMilli, issues, at);
  return issues.length === before ? rule : null;
}

function readRuleBody(
  kind: RuleKind,
  raw: Readonly<Record<string, unknown>>,
  maxMilli: number | null,
  issues: Issue[],
  at: Site,
): Rule | null {
  switch (kind) {
    case 'manual':
    case 'boolean':
      return { kind };
    case 'tiers':
      return readTiers(raw, maxMilli, issues, at);
    case 'ratio': {
      if (raw.target === undefined) return { kind, target: DEFAULT_RATIO_TARGET };
      const targetAt = subSite(at, 'target');
      const target = readDecimal(raw.target, issues, targetAt);
      if (target === null) return null;
      if (target.units <= 0) {
        reportIssue(
          issues,
          'INVALID_RULE',
          targetAt,
          `mục tiêu (target) của quy tắc tỷ lệ phải lớn hơn 0, nhận được ${showValue(raw.target)}.`,
          `the ratio rule's target must be greater than 0, got ${showValue(raw.target)}.`,
        );
        return null;
      }
      return { kind, target };
    }
    case 'deduction': {
      const perItemAt = subSite(at, 'perItem');
      const perItemMilli = readMilli(raw.perItem, issues, perItemAt);
      if (perItemMilli === null) return null;
      if (perItemMilli <= 0) {
        reportIssue(
          issues,
          'INVALID_RULE',
          perItemAt,
          `số điểm trừ mỗi lần (perItem) phải lớn hơn 0, nhận được ${showValue(raw.perItem)}.`,
          `the deduction per item (perItem) must be greater than 0, got ${showValue(raw.perItem)}.`,
        );
        return null;
      }
      return { kind, perItemMilli };
    }
    case 'survey':
      return readSurvey(raw, issues, at);
  }
}

function readTiers(
  raw: Readonly<Record<string, unknown>>,
  maxMilli: number | null,
  issues: Issue[],
  at: Site,
): Rule | null {
  const tiersAt = subSite(at, 'tiers');
  const before = issues.length;
  const tiers: Tier[] = [];
  if (!Array.isArray(raw.tiers) || raw.tiers.length === 0) {
    reportIssue(
      issues,
      'INVALID_RULE',
      tiersAt,
      'quy tắc theo mức (tiers) cần ít nhất một mức.',
      'a tiers rule needs at least one tier.',
    );
  } else {
    raw.tiers.forEach((rawTier: unknown, index) => {
      const tier = readTier(rawTier, maxMilli, issues, subSite(tiersAt, index));
      if (tier) tiers.push(tier);
    });
  }
  let otherwiseMilli = 0;
  if (raw.otherwise !== undefined) {
    const otherwiseAt = subSite(at, 'otherwise');
    otherwiseMilli = readMilli(raw.otherwise, issues, otherwiseAt) ?? 0;
    checkPointsRange(otherwiseMilli, maxMilli, issues, otherwiseAt);
  }
  return issues.length === before ? { kind: 'tiers', tiers, otherwiseMilli } : null;
}

function readTier(raw: unknown, maxMilli: number | null, issues: Issue[], at: Site): Tier | null {
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, at);
    return null;
  }
  const before = issues.length;
  checkKnownKeys(raw, TIER_KEYS, issues, at);
  const min = raw.min === undefined ? null : readDecimal(raw.min, issues, subSite(at, 'min'));
  const max = raw.max === undefined ? null : readDecimal(raw.max, issues, subSite(at, 'max'));
  if (raw.min === undefined && raw.max === undefined) {
    reportIssue(
      issues,
      'INVALID_RULE',
      at,
      'mỗi mức phải có ngưỡng "min" hoặc "max".',
      'every tier needs a "min" or a "max" bound.',
    );
  } else if (min && max && compareProducts(min.units, POW10[max.scale], 1, max.units, POW10[min.scale]) > 0) {
    reportIssue(
      issues,
      'INVALID_RULE',
      at,
      `ngưỡng "min" (${showValue(raw.min)}) lớn hơn ngưỡng "max" (${showValue(raw.max)}).`,
      `the "min" bound (${showValue(raw.min)}) is above the "max" bound (${showValue(raw.max)}).`,
    );
  }
  const pointsAt = subSite(at, 'points');
  const pointsMilli = readMilli(raw.points, issues, pointsAt);
  if (pointsMilli !== null) checkPointsRange(pointsMilli, maxMilli, issues, pointsAt);
  const label = readString(raw.label, issues, subSite(at, 'label'), false);
  if (issues.length !== before || pointsMilli === null) return null;
  return label === undefined ? { min, max, pointsMilli } : { min, max, pointsMilli, label };
}

function checkPointsRange(milli: number, maxMilli: number | null, issues: Issue[], at: Site): void {
  if (maxMilli === null || (milli >= 0 && milli <= maxMilli)) return;
  reportIssue(
    issues,
    'POINTS_OUT_OF_RANGE',
    at,
    `điểm ${formatPoints(milli, { trimZeros: true })} nằm ngoài khoảng 0..${formatPoints(maxMilli, { trimZeros: true })}.`,
    `points ${formatPoints(milli, { locale: 'en', trimZeros: true })} are outside 0..${formatPoints(maxMilli, { locale: 'en', trimZeros: true })}.`,
  );
}

function readSurvey(raw: Readonly<Record<string, unknown>>, issues: Issue[], at: Site): Rule | null {
  if (raw.options === undefined) return surveyRule(DEFAULT_SURVEY_OPTIONS);
  const optionsAt = subSite(at, 'options');
  if (!Array.isArray(raw.options) || raw.options.length === 0 || raw.options.length > MAX_SURVEY_OPTIONS) {
    reportIssue(
      issues,
      'INVALID_RULE',
      optionsAt,
      `quy tắc điều tra xã hội học cần từ 1 đến ${MAX_SURVEY_OPTIONS} phương án trả lời.`,
      `a survey rule needs 1 to ${MAX_SURVEY_OPTIONS} answer options.`,
    );
    return null;
  }
  const before = issues.length;
  const options: SurveyOption[] = [];
  const seen = new Set<string>();
  raw.options.forEach((rawOption: unknown, index) => {
    const optionAt = subSite(optionsAt, index);
    const option = readOption(rawOption, issues, optionAt);
    if (!option) return;
    if (seen.has(option.code)) {
      reportIssue(
        issues,
        'DUPLICATE_CODE',
        subSite(optionAt, 'code'),
        `phương án "${option.code}" bị lặp lại.`,
        `option "${option.code}" appears twice.`,
      );
    }
    seen.add(option.code);
    options.push(option);
  });
  if (issues.length === before && options.every((option) => option.excluded)) {
    reportIssue(
      issues,
      'INVALID_RULE',
      optionsAt,
      'cần ít nhất một phương án được tính điểm (không "excluded").',
      'at least one option must be counted (not "excluded").',
    );
  }
  return issues.length === before ? surveyRule(options) : null;
}

function readOption(raw: unknown, issues: Issue[], at: Site): SurveyOption | null {
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, at);
    return null;
  }
  const before = issues.length;
  checkKnownKeys(raw, OPTION_KEYS, issues, at);
  const code = readString(raw.code, issues, subSite(at, 'code'), true);
  const percentAt = subSite(at, 'percent');
  const percent = readDecimal(raw.percent, issues, percentAt, MAX_PERCENT_SCALE);
  if (percent && (percent.units < 0 || compareProducts(percent.units, 1, 1, 100, POW10[percent.scale]) > 0)) {
    reportIssue(
      issues,
      'VALUE_OUT_OF_RANGE',
      percentAt,
      `tỷ lệ điểm của phương án phải trong khoảng 0..100, nhận được ${showValue(raw.percent)}.`,
      `an option's percent must be within 0..100, got ${showValue(raw.percent)}.`,
    );
  }
  const excluded = readBoolean(raw.excluded, issues, subSite(at, 'excluded'));
  const label = readString(raw.label, issues, subSite(at, 'label'), false);
  if (issues.length !== before || code === undefined || percent === null) return null;
  const option: SurveyOption = { code, percent, excluded };
  return label === undefined ? option : { ...option, label };
}

function surveyRule(options: readonly SurveyOption[]): Rule {
  const percentScale = Math.max(...options.map((option) => option.percent.scale));
  const percentUnits = options.map(
    (option) => option.percent.units * POW10[percentScale - option.percent.scale],
  );
  return { kind: 'survey', options, percentUnits, percentScale };
}
