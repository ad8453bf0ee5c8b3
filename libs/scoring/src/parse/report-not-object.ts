import type { Issue, IssueLocation } from '../model/issue.types';
import { fieldName } from './field-name';
import { reportIssue } from './report-issue';
import { showValue } from './show-value';

/** Reports INVALID_FIELD for a value that should have been a JSON object (or array, with `expected: 'array'`). */
export function reportNotObject(
  raw: unknown,
  issues: Issue[],
  at: IssueLocation,
  expected: 'object' | 'array' = 'object',
): void {
  const field = fieldName(at.path);
  const vi = expected === 'object' ? 'một đối tượng JSON' : 'một mảng JSON';
  const en = expected === 'object' ? 'a JSON object' : 'a JSON array';
  reportIssue(
    issues,
    'INVALID_FIELD',
    at,
    `"${field}" phải là ${vi}, nhận được ${showValue(raw)}.`,
    `"${field}" must be ${en}, got ${showValue(raw)}.`,
  );
}
