import type { Issue, IssueLocation } from '../model/issue.types';
import { fieldName } from './field-name';
import { reportIssue } from './report-issue';
import { showValue } from './show-value';

/**
 * A required field must be a non-empty string; an optional one may be absent (undefined/null) or a string.
 * Reports INVALID_FIELD otherwise.
 */
export function readString(
  raw: unknown,
  issues: Issue[],
  at: IssueLocation,
  required: boolean,
): string | undefined {
  if (typeof raw === 'string' && (raw.length > 0 || !required)) return raw;
  if (!required && (raw === undefined || raw === null)) return undefined;
  const field = fieldName(at.path);
  reportIssue(
    issues,
    'INVALID_FIELD',
    at,
    `"${field}" phải là chuỗi ký tự${required ? ' không rỗng' : ''}, nhận được ${showValue(raw)}.`,
    `"${field}" must be a${required ? ' non-empty' : ''} string, got ${showValue(raw)}.`,
  );
  return undefined;
}
