import type { Issue, IssueLocation } from '../model/issue.types';
import { childPointer } from './child-pointer';
import { reportIssue } from './report-issue';

/** Reports UNKNOWN_FIELD for every key of `record` that is not in `known` (closed v1 shapes: rules, inputs). */
export function checkKnownKeys(
  record: Readonly<Record<string, unknown>>,
  known: ReadonlySet<string>,
  issues: Issue[],
  at: IssueLocation,
): void {
  for (const key in record) {
    if (known.has(key)) continue;
    reportIssue(
      issues,
      'UNKNOWN_FIELD',
      { ...at, path: childPointer(at.path ?? '', key) },
      `trường "${key}" không có trong định dạng v1 (chỉ có: ${[...known].join(', ')}).`,
      `field "${key}" is not part of the v1 format (known: ${[...known].join(', ')}).`,
    );
  }
}
