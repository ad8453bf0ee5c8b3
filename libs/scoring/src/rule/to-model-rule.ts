import type { Rule } from '../model/criteria-set.types';
import type { RuleV1 } from '../model/interchange-v1.types';
import type { Issue } from '../model/issue.types';
import { readRule } from '../parse/read-rule';

/**
 * The exact model of a rule given either way: a model rule (from a parsed set) as it is, a v1 rule validated
 * (without a max, so no range checks). Throws a TypeError naming the problems of an invalid v1 rule —
 * validate it first (`validateRule`) where it comes from outside.
 */
export function toModelRule(rule: Rule | RuleV1): Rule {
  if (isModelRule(rule)) return rule;
  const issues: Issue[] = [];
  const model = readRule(rule, null, issues, { detailed: true, path: '' });
  if (model) return model;
  const problems = issues.map((issue) => `${issue.path || '/'} ${issue.messageEn}`).join('; ');
  throw new TypeError(`Invalid rule: ${problems}`);
}

/** The model and the v1 shape differ for every kind with parameters (manual and boolean are the same). */
function isModelRule(rule: Rule | RuleV1): rule is Rule {
  switch (rule.kind) {
    case 'tiers':
      return 'otherwiseMilli' in rule;
    case 'ratio':
      return typeof rule.target === 'object';
    case 'deduction':
      return 'perItemMilli' in rule;
    case 'survey':
      return 'percentUnits' in rule;
    default:
      return false;
  }
}
