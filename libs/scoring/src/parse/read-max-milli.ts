import type { Issue, IssueLocation } from '../model/issue.types';
import { readMilli } from './read-milli';
import { reportIssue } from './report-issue';
import { showValue } from './show-value';

/**
 * A max points value (a node's or a leaf's) in thousandths: a decimal with at most 3 decimals, not negative.
 * Reports INVALID_DECIMAL or POINTS_OUT_OF_RANGE at `at` and returns null otherwise.
 */
export function readMaxMilli(raw: unknown, issues: Issue[], at: IssueLocation): number | null {
  const maxMilli = readMilli(raw, issues, at);
  if (maxMilli === null || maxMilli >= 0) return maxMilli;
  reportIssue(
    issues,
    'POINTS_OUT_OF_RANGE',
    at,
    `điểm tối đa không được âm, nhận được ${showValue(raw)}.`,
    `maxPoints must not be negative, got ${showValue(raw)}.`,
  );
  return null;
}
