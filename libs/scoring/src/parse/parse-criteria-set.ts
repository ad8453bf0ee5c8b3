import type { Adjustments, Band, CriteriaNode, CriteriaSet, LeafNode } from '../model/criteria-set.types';
import { CRITERIA_SET_FORMAT, type LeafSource } from '../model/interchange-v1.types';
import type { Issue, ParseResult } from '../model/issue.types';
import { formatPoints } from '../decimal/format-points';
import { childPointer } from './child-pointer';
import { isRecord } from './is-record';
import { readBands } from './read-bands';
import { readMaxMilli } from './read-max-milli';
import { readMilli } from './read-milli';
import { readRule } from './read-rule';
import { readBoolean } from './read-boolean';
import { readString } from './read-string';
import { reportIssue } from './report-issue';
import { reportNotObject } from './report-not-object';
import { showValue } from './show-value';
import type { Site } from './site';
import { subSite } from './sub-site';

/** Deeper trees are refused (a hostile body must not exhaust the stack). */
const MAX_DEPTH = 12;

type NodeBase = Omit<LeafNode, 'type' | 'rule' | 'source'>;

interface Walk {
  readonly issues: Issue[];
  readonly codes: Set<string>;
}

/**
 * Parses and validates a `par-index.criteria-set/v1` document: every problem is reported (with the node
 * code and a JSON Pointer), never only the first. On success the set carries exact points (thousandths),
 * bands sorted by threshold and lookups for scoring.
 */
export function parseCriteriaSet(input: unknown): ParseResult<CriteriaSet> {
  const issues: Issue[] = [];
  if (!isRecord(input)) {
    reportNotObject(input, issues, { path: '' });
    return { ok: false, issues };
  }
  if (input.format !== CRITERIA_SET_FORMAT) {
    reportIssue(
      issues,
      'INVALID_FORMAT',
      { path: '/format' },
      `"format" phải là "${CRITERIA_SET_FORMAT}", nhận được ${showValue(input.format)}.`,
      `"format" must be "${CRITERIA_SET_FORMAT}", got ${showValue(input.format)}.`,
    );
  }
  const code = readString(input.code, issues, { path: '/code' }, true);
  const name = readString(input.name, issues, { path: '/name' }, true);
  const unitType = readString(input.unitType, issues, { path: '/unitType' }, true);
  const year = input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
    reportIssue(
      issues,
      'INVALID_FIELD',
      { path: '/year' },
      `"year" phải là năm (số nguyên), nhận được ${showValue(year)}.`,
      `"year" must be a year (integer), got ${showValue(year)}.`,
    );
  }
  const bands: readonly Band[] | null =
    input.bands === undefined ? [] : readBands(input.bands, issues, '/bands');
  const adjustments = readAdjustments(input.adjustments, issues);

  const walk: Walk = { issues, codes: new Set() };
  const nodes: CriteriaNode[] = [];
  if (!Array.isArray(input.nodes) || input.nodes.length === 0) {
    reportIssue(
      issues,
      'INVALID_FIELD',
      { path: '/nodes' },
      '"nodes" phải là mảng có ít nhất một lĩnh vực.',
      '"nodes" must be an array with at least one area.',
    );
  } else {
    input.nodes.forEach((raw: unknown, index) => {
      const { node } = readNode(raw, 1, null, childPointer('/nodes', index), walk);
      if (node) nodes.push(node);
    });
  }
  if (issues.length > 0 || code === undefined || name === undefined || unitType === undefined || !bands) {
    return { ok: false, issues };
  }
  return { ok: true, value: buildSet(code, name, year as number, unitType, bands, adjustments, nodes) };
}

function readAdjustments(raw: unknown, issues: Issue[]): Adjustments | null {
  if (raw === undefined || raw === null) return null;
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, { path: '/adjustments' });
    return null;
  }
  const read = (key: 'bonusMax' | 'penaltyMax'): number => {
    const at = { path: `/adjustments/${key}` };
    const milli = readMilli(raw[key], issues, at);
    if (milli !== null && milli < 0) {
      reportIssue(
        issues,
        'POINTS_OUT_OF_RANGE',
        at,
        `"${key}" không được âm, nhận được ${showValue(raw[key])}.`,
        `"${key}" must not be negative, got ${showValue(raw[key])}.`,
      );
    }
    return milli ?? 0;
  };
  return { bonusMaxMilli: read('bonusMax'), penaltyMaxMilli: read('penaltyMax') };
}

/** A node as read: the node when all of it is valid, and its own max whenever that parsed (for the parent's sum). */
interface ReadNode {
  readonly node: CriteriaNode | null;
  readonly maxMilli: number | null;
}

function readNode(
  raw: unknown,
  depth: number,
  parentCode: string | null,
  path: string,
  walk: Walk,
): ReadNode {
  const { issues } = walk;
  if (!isRecord(raw)) {
    reportNotObject(raw, issues, { path });
    return { node: null, maxMilli: null };
  }
  const code = readString(raw.code, issues, { path: childPointer(path, 'code') }, true);
  const at: Site = code === undefined ? { detailed: true, path } : { detailed: true, node: code, path };
  if (code !== undefined) {
    if (walk.codes.has(code)) {
      reportIssue(
        issues,
        'DUPLICATE_CODE',
        subSite(at, 'code'),
        `mã "${code}" đã dùng cho một nút khác.`,
        `code "${code}" is already used by another node.`,
      );
    }
    walk.codes.add(code);
  }
  if (depth > MAX_DEPTH) {
    reportIssue(
      issues,
      'INVALID_FIELD',
      at,
      `cây tiêu chí sâu quá ${MAX_DEPTH} cấp.`,
      `the criteria tree is deeper than ${MAX_DEPTH} levels.`,
    );
    return { node: null, maxMilli: null };
  }
  const title = readString(raw.title, issues, subSite(at, 'title'), true);
  const maxAt = subSite(at, 'maxPoints');
  const maxMilli = readMaxMilli(raw.maxPoints, issues, maxAt);
  const meta = {
    guidance: readString(raw.guidance, issues, subSite(at, 'guidance'), false),
    evidence: readString(raw.evidence, issues, subSite(at, 'evidence'), false),
    leadAgency: readString(raw.leadAgency, issues, subSite(at, 'leadAgency'), false),
    responsibleAgency: readString(raw.responsibleAgency, issues, subSite(at, 'responsibleAgency'), false),
  };
  if (raw.children !== undefined && !Array.isArray(raw.children)) {
    reportNotObject(raw.children, issues, subSite(at, 'children'), 'array');
    return { node: null, maxMilli };
  }
  const base: NodeBase | null =
    code !== undefined && title !== undefined && maxMilli !== null
      ? { code, title, maxMilli, depth, parentCode, ...definedOnly(meta) }
      : null;
  const rawChildren: readonly unknown[] = Array.isArray(raw.children) ? raw.children : [];
  if (rawChildren.length === 0) return { node: readLeaf(raw, base, maxMilli, at, issues), maxMilli };

  if (raw.rule !== undefined) {
    reportIssue(
      issues,
      'RULE_ON_BRANCH',
      subSite(at, 'rule'),
      'nút có nút con thì không có quy tắc chấm (điểm nằm ở các nút lá).',
      'a node with children has no rule (points live on the leaves).',
    );
  }
  const childrenPath = childPointer(path, 'children');
  const read = rawChildren.map((child, index) =>
    readNode(child, depth + 1, code ?? null, childPointer(childrenPath, index), walk),
  );
  // Every problem found, not only the first: the sum is checked whenever every child's own max parsed,
  // whatever else is wrong inside the children.
  if (maxMilli !== null && read.every((child) => child.maxMilli !== null)) {
    const childrenMilli = read.reduce((sum, child) => sum + (child.maxMilli ?? 0), 0);
    checkChildrenSum(maxMilli, childrenMilli, maxAt, issues);
  }
  const children = read.map((child) => child.node);
  if (!base || !children.every((child): child is CriteriaNode => child !== null)) {
    return { node: null, maxMilli };
  }
  return { node: { type: 'branch', ...base, children }, maxMilli };
}

function checkChildrenSum(maxMilli: number, childrenMilli: number, maxAt: Site, issues: Issue[]): void {
  if (childrenMilli === maxMilli) return;
  reportIssue(
    issues,
    'MAX_POINTS_MISMATCH',
    maxAt,
    `điểm tối đa ${formatPoints(maxMilli, { trimZeros: true })} khác tổng điểm tối đa của các nút con ${formatPoints(childrenMilli, { trimZeros: true })}.`,
    `maxPoints ${formatPoints(maxMilli, { locale: 'en', trimZeros: true })} differs from the sum of its children's maxPoints ${formatPoints(childrenMilli, { locale: 'en', trimZeros: true })}.`,
  );
}

/**
 * Reads a leaf's rule and source (the rule against the leaf's max when that parsed); the leaf itself only
 * when its code, title and max are valid too (`base`).
 */
function readLeaf(
  raw: Readonly<Record<string, unknown>>,
  base: NodeBase | null,
  maxMilli: number | null,
  at: Site,
  issues: Issue[],
): LeafNode | null {
  if (raw.rule === undefined) {
    reportIssue(
      issues,
      'MISSING_RULE',
      subSite(at, 'rule'),
      'nút lá phải có quy tắc chấm điểm ("rule").',
      'a leaf needs a scoring rule ("rule").',
    );
    return null;
  }
  const rule = readRule(raw.rule, maxMilli, issues, subSite(at, 'rule'));
  const sourceAt = subSite(at, 'source');
  if (raw.source !== undefined && raw.source !== 'assessment' && raw.source !== 'survey') {
    reportIssue(
      issues,
      'INVALID_FIELD',
      sourceAt,
      `"source" phải là "assessment" hoặc "survey", nhận được ${showValue(raw.source)}.`,
      `"source" must be "assessment" or "survey", got ${showValue(raw.source)}.`,
    );
    return null;
  }
  const notApplicableAllowed = readBoolean(
    raw.notApplicableAllowed,
    issues,
    subSite(at, 'notApplicableAllowed'),
  );
  const indicator = readString(raw.indicator, issues, subSite(at, 'indicator'), false);
  if (!rule) return null;
  const source: LeafSource = raw.source ?? (rule.kind === 'survey' ? 'survey' : 'assessment');
  if (rule.kind === 'survey' && source !== 'survey') {
    reportIssue(
      issues,
      'SOURCE_MISMATCH',
      sourceAt,
      'quy tắc "survey" chỉ dùng cho tiêu chí có nguồn "survey" (điều tra xã hội học).',
      'a "survey" rule needs the leaf source "survey".',
    );
    return null;
  }
  return (
    base && {
      type: 'leaf',
      ...base,
      source,
      rule,
      ...(notApplicableAllowed ? { notApplicableAllowed } : {}),
      ...(indicator !== undefined ? { indicator } : {}),
    }
  );
}

function definedOnly<T extends Record<string, string | undefined>>(
  record: T,
): Partial<Record<keyof T, string>> {
  const result: Partial<Record<keyof T, string>> = {};
  for (const key of Object.keys(record) as (keyof T)[]) {
    const value = record[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function buildSet(
  code: string,
  name: string,
  year: number,
  unitType: string,
  bands: readonly Band[],
  adjustments: Adjustments | null,
  nodes: readonly CriteriaNode[],
): CriteriaSet {
  const allNodes: CriteriaNode[] = [];
  const leaves: LeafNode[] = [];
  const visit = (node: CriteriaNode): void => {
    allNodes.push(node);
    if (node.type === 'leaf') leaves.push(node);
    else node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return {
    code,
    name,
    year,
    unitType,
    bands,
    adjustments,
    nodes,
    allNodes,
    leaves,
    nodesByCode: new Map(allNodes.map((node) => [node.code, node])),
    maxMilli: nodes.reduce((sum, node) => sum + node.maxMilli, 0),
  };
}
