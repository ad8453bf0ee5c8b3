/**
 * The one factory of criteria sets for the API's tests (pure specs under src/ and the HTTP tests under
 * test/): the worked example (`test/fixtures/criteria-set.json`, paired with its assessments and expected
 * results), and builders for a set of one's own whose branch maxima are the sums of their children, so a
 * fixture cannot be invalid by a slip of arithmetic.
 */
import {
  CRITERIA_SET_FORMAT,
  fromMilli,
  parseCriteriaSet,
  toMilli,
  type CriteriaNodeV1,
  type CriteriaSet,
  type CriteriaSetV1,
  type DecimalV1,
  type LeafNode,
  type RuleV1,
} from '@par/scoring';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The worked example as criteria-set/v1 (a fresh copy), with top-level fields replaced by `overrides`. */
export function exampleCriteriaSet(overrides: Partial<CriteriaSetV1> = {}): CriteriaSetV1 {
  const example = JSON.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'criteria-set.json'), 'utf8'),
  ) as CriteriaSetV1;
  return { ...example, ...overrides };
}

/** A set edit for `exampleWorld`: `code`'s leaf receives the pushed indicator `indicator`. */
export function markIndicator(code: string, indicator: string): (set: CriteriaSetV1) => CriteriaSetV1 {
  const mark = (nodes: readonly CriteriaNodeV1[]): CriteriaNodeV1[] =>
    nodes.map((node) =>
      node.code === code
        ? { ...node, indicator }
        : node.children
          ? { ...node, children: mark(node.children) }
          : node,
    );
  return (set) => ({ ...set, nodes: mark(set.nodes) });
}

/** A leaf; its source follows the rule (survey rule → survey leaf) unless `extra` says otherwise. */
export function leaf(
  code: string,
  title: string,
  maxPoints: DecimalV1,
  rule: RuleV1,
  extra: Partial<CriteriaNodeV1> = {},
): CriteriaNodeV1 {
  return { code, title, maxPoints, source: rule.kind === 'survey' ? 'survey' : 'assessment', rule, ...extra };
}

/** A branch (area or criterion) whose maximum is the sum of its children's. */
export function branch(
  code: string,
  title: string,
  children: CriteriaNodeV1[],
  extra: Partial<CriteriaNodeV1> = {},
): CriteriaNodeV1 {
  const milli = children.reduce((sum, child) => sum + toMilli(child.maxPoints), 0);
  return { code, title, maxPoints: fromMilli(milli), ...extra, children };
}

/** A set of one's own around `nodes`; the other fields default to a department set of 2026. */
export function criteriaSetDocument(
  nodes: CriteriaNodeV1[],
  fields: Partial<Omit<CriteriaSetV1, 'nodes'>> = {},
): CriteriaSetV1 {
  return {
    format: CRITERIA_SET_FORMAT,
    code: 'TEST-2026',
    name: 'Bộ tiêu chí kiểm thử',
    year: 2026,
    unitType: 'department',
    ...fields,
    nodes,
  };
}

/** A document parsed by libs/scoring, as the services hold it (throws with the issues if it is invalid). */
export function parsed(document: CriteriaSetV1): CriteriaSet {
  const result = parseCriteriaSet(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/**
 * For the pure specs: two areas, one leaf of each rule they need.
 *   1 (3 pts)  1.1 boolean, 1 pt, appraised by STP · 1.2 ratio, 2 pts
 *   2 (2 pts)  2.1 tiers, 1.5 pts (≥ 3 → 1.5, ≥ 1 → 0.5, else 0) · 2.2 survey, 0.5 pt
 */
export function smallCriteriaSet(): CriteriaSet {
  return parsed(
    criteriaSetDocument(
      [
        branch('1', 'Công tác chỉ đạo', [
          leaf('1.1', 'Ban hành kế hoạch', 1, { kind: 'boolean' }, { leadAgency: 'STP' }),
          leaf('1.2', 'Tỷ lệ hồ sơ đúng hạn', 2, { kind: 'ratio' }),
        ]),
        branch('2', 'Thủ tục hành chính', [
          leaf('2.1', 'Số sáng kiến', 1.5, {
            kind: 'tiers',
            tiers: [
              { min: 3, points: 1.5 },
              { min: 1, points: 0.5 },
            ],
            otherwise: 0,
          }),
          leaf('2.2', 'Mức độ hài lòng', 0.5, { kind: 'survey' }),
        ]),
      ],
      { code: 'SMALL-2026', name: 'Bộ tiêu chí nhỏ' },
    ),
  );
}

/** A leaf of a parsed set by code (throws when there is none). */
export function leafIn(set: CriteriaSet, code: string): LeafNode {
  const node = set.nodesByCode.get(code);
  if (node?.type !== 'leaf') throw new Error(`no leaf ${code}`);
  return node;
}
