import type { Assessments, UnitInput } from '../model/assessments.types';
import type { LeafInput } from '../model/assessments.types';
import type { CriteriaSet, LeafNode } from '../model/criteria-set.types';
import type { CriteriaNodeV1, DecimalV1, RuleV1, UnitAssessmentV1 } from '../model/interchange-v1.types';
import type { Issue } from '../model/issue.types';
import { parseAssessments } from '../parse/parse-assessments';
import { parseCriteriaSet } from '../parse/parse-criteria-set';
import { parseLeafInput } from '../parse/parse-leaf-input';

/** Test helper: a valid v1 set document around the given areas (throws with the issues if invalid). */
export function makeSet(nodes: readonly CriteriaNodeV1[], extra: Record<string, unknown> = {}): CriteriaSet {
  const parsed = parseCriteriaSet({
    format: 'par-index.criteria-set/v1',
    code: 'TEST',
    name: 'Bộ tiêu chí kiểm thử',
    year: 2026,
    unitType: 'department',
    bands: [
      { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
      { code: 'K', label: 'Khá', minIndex: 70 },
      { code: 'Y', label: 'Yếu', minIndex: 0 },
    ],
    nodes,
    ...extra,
  });
  if (!parsed.ok) throw new Error(describeIssues(parsed.issues));
  return parsed.value;
}

/** Test helper: parsed assessments for the given v1 units (throws with the issues if invalid). */
export function makeAssessments(set: CriteriaSet, units: readonly UnitAssessmentV1[]): Assessments {
  const parsed = parseAssessments({ format: 'par-index.assessments/v1', criteriaSet: set.code, units }, set);
  if (!parsed.ok) throw new Error(describeIssues(parsed.issues));
  return parsed.value;
}

/** Test helper: one parsed unit. */
export function makeUnit(set: CriteriaSet, unit: UnitAssessmentV1): UnitInput {
  return makeAssessments(set, [unit]).units[0];
}

/** Test helper: the single leaf `1.1` of a one-area set with this rule and max. */
export function makeLeaf(rule: RuleV1, maxPoints: DecimalV1): LeafNode {
  const source = rule.kind === 'survey' ? 'survey' : 'assessment';
  const set = makeSet([
    {
      code: '1',
      title: 'Lĩnh vực',
      maxPoints,
      children: [{ code: '1.1', title: 'Tiêu chí', maxPoints, source, rule }],
    },
  ]);
  return set.leaves[0];
}

/** Test helper: a parsed leaf input (throws with the issues if invalid). */
export function makeInput(leaf: LeafNode, raw: unknown): LeafInput {
  const parsed = parseLeafInput(leaf, raw);
  if (!parsed.ok) throw new Error(describeIssues(parsed.issues));
  return parsed.value;
}

function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `${issue.code} ${issue.path ?? ''}: ${issue.messageEn}`).join('\n');
}
