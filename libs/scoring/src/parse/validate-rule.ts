import type { Rule } from '../model/criteria-set.types';
import type { DecimalV1 } from '../model/interchange-v1.types';
import type { Issue, ParseResult } from '../model/issue.types';
import { readMaxMilli } from './read-max-milli';
import { readRule } from './read-rule';

/**
 * Validates one rule against a leaf max, for a node editor: every problem at once, paths relative to the
 * rule (`/tiers/1/points`), e.g. `validateRule({ kind: 'tiers', tiers: [{ min: 80, points: 3 }] }, 2)` →
 * POINTS_OUT_OF_RANGE at `/tiers/0/points`.
 */
export function validateRule(rule: unknown, maxPoints: DecimalV1): ParseResult<Rule> {
  const issues: Issue[] = [];
  const maxMilli = readMaxMilli(maxPoints, issues, { path: '/maxPoints' });
  const parsed = readRule(rule, maxMilli, issues, { detailed: true, path: '' });
  return parsed && issues.length === 0 ? { ok: true, value: parsed } : { ok: false, issues };
}
