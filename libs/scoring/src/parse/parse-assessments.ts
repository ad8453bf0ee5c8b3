import type { Assessments, LeafInput, UnitInput } from '../model/assessments.types';
import type { CriteriaSet } from '../model/criteria-set.types';
import { ASSESSMENTS_FORMAT } from '../model/interchange-v1.types';
import type { Issue, ParseResult } from '../model/issue.types';
import { isRecord } from './is-record';
import { readLeafInput } from './read-leaf-input';
import { readMilli } from './read-milli';
import { readString } from './read-string';
import { reportIssue } from './report-issue';
import { reportNotObject } from './report-not-object';
import { showValue } from './show-value';
import type { Site } from './site';
import { subSite } from './sub-site';

/**
 * Parses and validates a `par-index.assessments/v1` document against its criteria set: every problem is
 * reported with the unit and leaf it concerns (never only the first), and nothing is returned unless the
 * whole document is valid — no partial results. A valid document is read once without building paths;
 * a document with problems is read a second time to name every place exactly.
 */
export function parseAssessments(input: unknown, set: CriteriaSet): ParseResult<Assessments> {
  const quick = read(input, set, { detailed: false });
  if (quick.ok) return quick;
  return read(input, set, { detailed: true, path: '' });
}

function read(input: unknown, set: CriteriaSet, root: Site): ParseResult<Assessments> {
  const issues: Issue[] = [];
  if (!isRecord(input)) {
    reportNotObject(input, issues, root);
    return { ok: false, issues };
  }
  if (input.format !== ASSESSMENTS_FORMAT) {
    reportIssue(
      issues,
      'INVALID_FORMAT',
      subSite(root, 'format'),
      `"format" phải là "${ASSESSMENTS_FORMAT}", nhận được ${showValue(input.format)}.`,
      `"format" must be "${ASSESSMENTS_FORMAT}", got ${showValue(input.format)}.`,
    );
  }
  if (input.criteriaSet !== set.code) {
    reportIssue(
      issues,
      'CRITERIA_SET_MISMATCH',
      subSite(root, 'criteriaSet'),
      `tệp đánh giá dành cho bộ tiêu chí ${showValue(input.criteriaSet)}, không phải "${set.code}".`,
      `the assessments are for criteria set ${showValue(input.criteriaSet)}, not "${set.code}".`,
    );
  }
  const unitsAt = subSite(root, 'units');
  if (!Array.isArray(input.units)) {
    reportNotObject(input.units, issues, unitsAt, 'array');
    return { ok: false, issues };
  }
  const units: UnitInput[] = [];
  const seen = new Set<string>();
  input.units.forEach((raw: unknown, index) => {
    const unit = readUnit(raw, set, seen, subSite(unitsAt, index), issues);
    if (unit) units.push(unit);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { criteriaSet: set.code, units } };
}

function readUnit(
  raw: unknown,
  set: CriteriaSet,
  seen: Set<string>,
  site: Site,
  issues: Issue[],
): UnitInput | null {
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, site);
    return null;
  }
  const before = issues.length;
  const code = readString(raw.code, issues, subSite(site, 'code'), true);
  const at = code === undefined || !site.detailed ? site : { ...site, unit: code };
  if (code !== undefined) {
    if (seen.has(code)) {
      reportIssue(
        issues,
        'DUPLICATE_CODE',
        subSite(at, 'code'),
        'mã đơn vị bị lặp lại trong tệp.',
        'the unit code appears twice in the file.',
      );
    }
    seen.add(code);
  }
  const name = readString(raw.name, issues, subSite(at, 'name'), false);
  const group = readString(raw.group, issues, subSite(at, 'group'), true);
  const bonusMilli = readAdjustment(raw, 'bonus', set, issues, at);
  const penaltyMilli = readAdjustment(raw, 'penalty', set, issues, at);
  const items = new Map<string, LeafInput>();
  const itemsAt = subSite(at, 'items');
  const rawItems = raw.items;
  if (!isRecord(rawItems)) {
    reportNotObject(rawItems, issues, itemsAt);
  } else {
    for (const leafCode in rawItems) {
      const leafAt = subSite(itemsAt, leafCode, { leaf: leafCode });
      const node = set.nodesByCode.get(leafCode);
      if (node?.type !== 'leaf') {
        reportIssue(
          issues,
          'UNKNOWN_LEAF',
          leafAt,
          node
            ? 'đây là nút có nút con; chỉ nhập số liệu cho tiêu chí lá.'
            : `bộ tiêu chí "${set.code}" không có tiêu chí này.`,
          node
            ? 'this node has children; inputs go on leaves only.'
            : `criteria set "${set.code}" has no such leaf.`,
        );
        continue;
      }
      const input = readLeafInput(node, rawItems[leafCode], issues, leafAt);
      if (input) items.set(leafCode, input);
    }
  }
  if (issues.length !== before || code === undefined || group === undefined) return null;
  const unit: UnitInput = { code, group, items, bonusMilli, penaltyMilli };
  return name === undefined ? unit : { ...unit, name };
}

function readAdjustment(
  raw: Readonly<Record<string, unknown>>,
  key: 'bonus' | 'penalty',
  set: CriteriaSet,
  issues: Issue[],
  unitAt: Site,
): number {
  if (raw[key] === undefined || raw[key] === null) return 0;
  const at = subSite(unitAt, key);
  const milli = readMilli(raw[key], issues, at);
  if (milli === null) return 0;
  const label = key === 'bonus' ? { vi: 'điểm thưởng', en: 'bonus' } : { vi: 'điểm trừ', en: 'penalty' };
  if (milli < 0) {
    reportIssue(
      issues,
      'POINTS_OUT_OF_RANGE',
      at,
      `${label.vi} không được âm, nhận được ${showValue(raw[key])}.`,
      `the ${label.en} must not be negative, got ${showValue(raw[key])}.`,
    );
  } else if (milli > 0 && !set.adjustments) {
    reportIssue(
      issues,
      'ADJUSTMENT_NOT_ALLOWED',
      at,
      `bộ tiêu chí "${set.code}" không có điểm thưởng/điểm trừ, nhưng có ${label.vi} ${showValue(raw[key])}.`,
      `criteria set "${set.code}" has no bonus/penalty block, yet a ${label.en} of ${showValue(raw[key])} is given.`,
    );
  }
  return milli;
}
