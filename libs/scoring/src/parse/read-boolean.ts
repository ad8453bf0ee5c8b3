import type { Issue, IssueLocation } from '../model/issue.types';
import { fieldName } from './field-name';
import { reportIssue } from './report-issue';
import { showValue } from './show-value';

/** An optional true/false field: absent → `fallback`; anything but a boolean is INVALID_FIELD (→ `fallback`). */
export function readBoolean(raw: unknown, issues: Issue[], at: IssueLocation, fallback = false): boolean {
  if (typeof raw === 'boolean') return raw;
  if (raw === undefined) return fallback;
  const field = fieldName(at.path);
  reportIssue(
    issues,
    'INVALID_FIELD',
    at,
    `"${field}" phải là true hoặc false, nhận được ${showValue(raw)}.`,
    `"${field}" must be true or false, got ${showValue(raw)}.`,
  );
  return fallback;
}
