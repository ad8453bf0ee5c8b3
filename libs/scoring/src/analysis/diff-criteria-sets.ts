import type {
  AreaMaxChange,
  CriteriaFieldChange,
  CriteriaNodeChange,
  CriteriaNodeSummary,
  CriteriaSetDiff,
} from '../model/analysis.types';
import type { CriteriaNode, CriteriaSet } from '../model/criteria-set.types';
import type { RuleV1 } from '../model/interchange-v1.types';
import { canonicalRuleV1 } from '../rule/canonical-rule-v1';

/**
 * Compares two criteria sets node by node, matched by code — the year-over-year diff view (last year's
 * set → this year's clone): nodes added and removed, and for nodes in both the fields that changed (title,
 * max, rule as canonical v1 JSON, source, lead agency, parent, guidance, evidence), the total max of each
 * side and each area's max. Lists follow set order (pre-order), so the result is deterministic.
 */
export function diffCriteriaSets(before: CriteriaSet, after: CriteriaSet): CriteriaSetDiff {
  const changed: CriteriaNodeChange[] = [];
  let unchanged = 0;
  for (const node of after.allNodes) {
    const previous = before.nodesByCode.get(node.code);
    if (!previous) continue;
    const changes = fieldChanges(previous, node);
    if (changes.length === 0) unchanged += 1;
    else changed.push({ code: node.code, before: summarize(previous), after: summarize(node), changes });
  }
  return {
    added: after.allNodes.filter((node) => !before.nodesByCode.has(node.code)).map(summarize),
    removed: before.allNodes.filter((node) => !after.nodesByCode.has(node.code)).map(summarize),
    changed,
    unchanged,
    maxMilliBefore: before.maxMilli,
    maxMilliAfter: after.maxMilli,
    areas: areaChanges(before, after),
  };
}

function summarize(node: CriteriaNode): CriteriaNodeSummary {
  const { code, title, type, depth, parentCode, maxMilli } = node;
  return { code, title, type, depth, parentCode, maxMilli };
}

function fieldChanges(before: CriteriaNode, after: CriteriaNode): CriteriaFieldChange[] {
  const changes: CriteriaFieldChange[] = [];
  if (before.title !== after.title)
    changes.push({ field: 'title', before: before.title, after: after.title });
  if (before.maxMilli !== after.maxMilli) {
    changes.push({ field: 'maxMilli', before: before.maxMilli, after: after.maxMilli });
  }
  const ruleBefore = ruleOf(before);
  const ruleAfter = ruleOf(after);
  if (JSON.stringify(ruleBefore) !== JSON.stringify(ruleAfter)) {
    changes.push({ field: 'rule', before: ruleBefore, after: ruleAfter });
  }
  const sourceBefore = before.type === 'leaf' ? before.source : null;
  const sourceAfter = after.type === 'leaf' ? after.source : null;
  if (sourceBefore !== sourceAfter)
    changes.push({ field: 'source', before: sourceBefore, after: sourceAfter });
  for (const field of ['leadAgency', 'responsibleAgency', 'parentCode', 'guidance', 'evidence'] as const) {
    const was = before[field] ?? null;
    const is = after[field] ?? null;
    if (was !== is) changes.push({ field, before: was, after: is });
  }
  return changes;
}

function ruleOf(node: CriteriaNode): RuleV1 | null {
  return node.type === 'leaf' ? canonicalRuleV1(node.rule) : null;
}

function areaChanges(before: CriteriaSet, after: CriteriaSet): AreaMaxChange[] {
  const beforeAreas = new Map(before.nodes.map((area) => [area.code, area]));
  const afterCodes = new Set(after.nodes.map((area) => area.code));
  const rows = after.nodes.map((area): AreaMaxChange => {
    const previous = beforeAreas.get(area.code);
    return {
      code: area.code,
      title: area.title,
      maxMilliBefore: previous?.maxMilli ?? null,
      maxMilliAfter: area.maxMilli,
      changeMilli: area.maxMilli - (previous?.maxMilli ?? 0),
    };
  });
  for (const area of before.nodes) {
    if (afterCodes.has(area.code)) continue;
    rows.push({
      code: area.code,
      title: area.title,
      maxMilliBefore: area.maxMilli,
      maxMilliAfter: null,
      changeMilli: -area.maxMilli,
    });
  }
  return rows;
}
