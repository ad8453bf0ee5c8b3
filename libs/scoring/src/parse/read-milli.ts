import type { Issue, IssueLocation } from '../model/issue.types';
import { rescaleDecimal } from '../decimal/rescale-decimal';
import { readDecimal } from './read-decimal';

/** Reads points (at most 3 fractional digits) as integer thousandths; reports INVALID_DECIMAL otherwise. */
export function readMilli(raw: unknown, issues: Issue[], at: IssueLocation): number | null {
  const decimal = readDecimal(raw, issues, at, 3);
  return decimal === null ? null : rescaleDecimal(decimal, 3);
}
