import type { DecimalV1, RuleV1 } from '../model/interchange-v1.types';
import type { Issue, ParseResult } from '../model/issue.types';
import { formatScaled } from '../decimal/format-scaled';
import { readMaxMilli } from '../parse/read-max-milli';
import { readRule } from '../parse/read-rule';
import { reportIssue } from '../parse/report-issue';
import { showValue } from '../parse/show-value';
import { canonicalRuleV1 } from './canonical-rule-v1';
import { readRuleText } from './read-rule-text';

/** Excel's limit for one cell; longer text is refused before it is read. */
const MAX_TEXT_LENGTH = 32_767;

/**
 * Reads the text form of a rule — the column "Phương pháp chấm điểm" of the officials' Excel layout, e.g.
 * `Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm` (grammar: README, "Rule text"; English is
 * read too) — and validates it against the leaf's max like `validateRule`. Returns the canonical v1 rule
 * (`canonicalRuleV1`), or every problem: INVALID_RULE_TEXT (with what was expected) where the text does not
 * read, the `validateRule` codes (paths inside the v1 rule) where it reads but does not fit the max.
 * `parseRuleText(formatRuleText(rule), max)` gives back `canonicalRuleV1(rule)`. Never throws.
 */
export function parseRuleText(text: string, maxPoints: DecimalV1): ParseResult<RuleV1> {
  const issues: Issue[] = [];
  const maxMilli = readMaxMilli(maxPoints, issues, { path: '/maxPoints' });
  const maxDecimal =
    maxMilli === null ? null : formatScaled(maxMilli, 3, { locale: 'en', grouping: false, trimZeros: true });
  if (typeof text !== 'string') {
    reportIssue(
      issues,
      'INVALID_FIELD',
      {},
      `Phương pháp chấm điểm phải là chuỗi ký tự, nhận được ${showValue(text)}.`,
      `The scoring method must be a string, got ${showValue(text)}.`,
    );
    return { ok: false, issues };
  }
  if (text.length > MAX_TEXT_LENGTH) {
    reportIssue(
      issues,
      'INVALID_RULE_TEXT',
      {},
      `Phương pháp chấm điểm dài ${text.length} ký tự, quá giới hạn ${MAX_TEXT_LENGTH} ký tự của một ô Excel.`,
      `The scoring method is ${text.length} characters long, over the ${MAX_TEXT_LENGTH} characters of an Excel cell.`,
    );
    return { ok: false, issues };
  }
  const raw = readRuleText(text, maxDecimal, issues);
  if (!raw) return { ok: false, issues };
  const rule = readRule(raw, maxMilli, issues, { detailed: true, path: '' });
  return rule && issues.length === 0 ? { ok: true, value: canonicalRuleV1(rule) } : { ok: false, issues };
}
