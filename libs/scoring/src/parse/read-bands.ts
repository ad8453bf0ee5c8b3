import type { Band } from '../model/criteria-set.types';
import type { Issue } from '../model/issue.types';
import { rescaleDecimal } from '../decimal/rescale-decimal';
import { childPointer } from './child-pointer';
import { isRecord } from './is-record';
import { readDecimal } from './read-decimal';
import { readString } from './read-string';
import { reportIssue } from './report-issue';
import { reportNotObject } from './report-not-object';
import { showValue } from './show-value';

/**
 * Reads classification bands (`[{ code, label, minIndex }]`, minIndex 0..100 with ≤ 2 decimals, unique
 * codes), sorted by threshold, highest first (equal thresholds keep their order; the first one wins).
 */
export function readBands(raw: unknown, issues: Issue[], path: string): Band[] | null {
  if (!Array.isArray(raw)) {
    reportNotObject(raw, issues, { path }, 'array');
    return null;
  }
  const before = issues.length;
  const bands: Band[] = [];
  const seen = new Set<string>();
  raw.forEach((rawBand: unknown, index) => {
    const at = { path: childPointer(path, index) };
    if (!isRecord(rawBand)) {
      reportNotObject(rawBand, issues, at);
      return;
    }
    const code = readString(rawBand.code, issues, { path: childPointer(at.path, 'code') }, true);
    const label = readString(rawBand.label, issues, { path: childPointer(at.path, 'label') }, true);
    const minAt = { path: childPointer(at.path, 'minIndex') };
    const minIndex = readDecimal(rawBand.minIndex, issues, minAt, 2);
    const minIndexCenti = minIndex === null ? null : rescaleDecimal(minIndex, 2);
    if (minIndexCenti !== null && (minIndexCenti < 0 || minIndexCenti > 10000)) {
      reportIssue(
        issues,
        'VALUE_OUT_OF_RANGE',
        minAt,
        `ngưỡng xếp loại phải trong khoảng 0..100, nhận được ${showValue(rawBand.minIndex)}.`,
        `a band threshold must be within 0..100, got ${showValue(rawBand.minIndex)}.`,
      );
    }
    if (code !== undefined && seen.has(code)) {
      reportIssue(
        issues,
        'DUPLICATE_CODE',
        { path: childPointer(at.path, 'code') },
        `mã xếp loại "${code}" bị lặp lại.`,
        `band code "${code}" appears twice.`,
      );
    }
    if (code !== undefined) seen.add(code);
    if (code !== undefined && label !== undefined && minIndexCenti !== null) {
      bands.push({ code, label, minIndexCenti });
    }
  });
  if (issues.length !== before) return null;
  return bands.sort((a, b) => b.minIndexCenti - a.minIndexCenti);
}
