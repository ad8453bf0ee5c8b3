import type { ExactDecimal } from '../model/criteria-set.types';
import type { Issue, IssueLocation } from '../model/issue.types';
import { parseExactDecimal } from '../decimal/parse-exact-decimal';
import { fieldName } from './field-name';
import { reportIssue } from './report-issue';
import { showValue } from './show-value';

/**
 * Reads a decimal (JSON number or numeric string) from its text; `maxScale` caps the fractional digits.
 * Reports INVALID_DECIMAL and returns null otherwise.
 */
export function readDecimal(
  raw: unknown,
  issues: Issue[],
  at: IssueLocation,
  maxScale?: number,
): ExactDecimal | null {
  const decimal = parseExactDecimal(raw);
  if (decimal !== null && (maxScale === undefined || decimal.scale <= maxScale)) return decimal;
  const field = fieldName(at.path);
  const digitsVi = maxScale === undefined ? '' : ` có tối đa ${maxScale} chữ số thập phân`;
  const digitsEn = maxScale === undefined ? '' : ` with at most ${maxScale} fractional digits`;
  reportIssue(
    issues,
    'INVALID_DECIMAL',
    at,
    `"${field}" phải là một số${digitsVi}, nhận được ${showValue(raw)}.`,
    `"${field}" must be a decimal number${digitsEn}, got ${showValue(raw)}.`,
  );
  return null;
}
