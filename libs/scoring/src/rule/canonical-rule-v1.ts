import type { Rule } from '../model/criteria-set.types';
import type { RuleV1, SurveyOptionV1, TierV1 } from '../model/interchange-v1.types';
import { decimalToJson } from '../decimal/decimal-to-json';
import { toModelRule } from './to-model-rule';

/**
 * The one v1 JSON form of a rule, to store, compare or diff: every parameter spelled out (`otherwise`, a
 * ratio's `target`, a survey's `options` — the defaults included), decimals as JSON numbers (as text only
 * past 15 significant digits), a survey option's `excluded` only when true, keys in a fixed order. Two rules
 * score alike exactly when their canonical forms are equal. Takes a model rule or a v1 rule (throws a
 * TypeError for an invalid v1 rule).
 */
export function canonicalRuleV1(rule: Rule | RuleV1): RuleV1 {
  const model = toModelRule(rule);
  switch (model.kind) {
    case 'manual':
    case 'boolean':
      return { kind: model.kind };
    case 'tiers':
      return {
        kind: 'tiers',
        tiers: model.tiers.map((tier): TierV1 => {
          const canonical: TierV1 = {
            ...(tier.min ? { min: decimalToJson(tier.min) } : {}),
            ...(tier.max ? { max: decimalToJson(tier.max) } : {}),
            points: milliToJson(tier.pointsMilli),
          };
          return tier.label === undefined ? canonical : { ...canonical, label: tier.label };
        }),
        otherwise: milliToJson(model.otherwiseMilli),
      };
    case 'ratio':
      return { kind: 'ratio', target: decimalToJson(model.target) };
    case 'deduction':
      return { kind: 'deduction', perItem: milliToJson(model.perItemMilli) };
    case 'survey':
      return {
        kind: 'survey',
        options: model.options.map((option): SurveyOptionV1 => {
          const canonical: SurveyOptionV1 = { code: option.code, percent: decimalToJson(option.percent) };
          const excluded = option.excluded ? { ...canonical, excluded: true } : canonical;
          return option.label === undefined ? excluded : { ...excluded, label: option.label };
        }),
      };
  }
}

function milliToJson(milli: number): number | string {
  return decimalToJson({ units: milli, scale: 3 });
}
