import {
  canonicalRuleV1,
  CRITERIA_SET_FORMAT,
  fromMilli,
  parseCriteriaSet,
  type CriteriaNodeV1,
  type CriteriaSet,
  type BandV1,
  type CriteriaSetV1,
  type RuleV1,
} from '@par/scoring';
import { issuesToProblems } from '../common/errors/issues';
import type { CriteriaNodeRow } from './criteria-node.entity';
import type { CriteriaSetRow } from './criteria-set.entity';
import type { CriteriaSetDetailDto, CriteriaSetSummaryDto } from './criteria.dto';

/** A set as read from its rows, with its `par-index.criteria-set/v1` document. */
export interface LoadedSet {
  row: CriteriaSetRow;
  nodes: CriteriaNodeRow[];
  document: CriteriaSetV1;
}

export function toCriteriaSetSummary(
  row: CriteriaSetRow,
  leafCount: number,
  maxMilli: number,
): CriteriaSetSummaryDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    year: row.year,
    unitType: row.unitType,
    status: row.status,
    sourceDecision: row.sourceDecision,
    leafCount,
    maxPoints: fromMilli(maxMilli),
    clonedFromId: row.clonedFromId,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The set with its tree, leaves counted, max = Σ areas, and the issues that still block publication. */
export function toCriteriaSetDetail({ row, nodes, document }: LoadedSet): CriteriaSetDetailDto {
  const result = parseCriteriaSet(document);
  const leaves = nodes.filter((node) => !nodes.some((child) => child.parentCode === node.code)).length;
  const maxMilli = nodes
    .filter((node) => node.parentCode === null)
    .reduce((sum, node) => sum + node.maxMilli, 0);
  return {
    ...toCriteriaSetSummary(row, leaves, maxMilli),
    document,
    issues: result.ok ? [] : issuesToProblems(result.issues),
  };
}

/** A document's bands as stored (`minIndex` a number). */
export function toBandRows(
  bands: readonly { code: string; label: string; minIndex: number | string }[] = [],
): BandV1[] {
  return bands.map((band) => ({ code: band.code, label: band.label, minIndex: Number(band.minIndex) }));
}

/** The rows' tree as `par-index.criteria-set/v1` (canonical: decimals as JSON numbers, optional fields omitted). */
export function toCriteriaSetV1(set: CriteriaSetRow, nodes: readonly CriteriaNodeRow[]): CriteriaSetV1 {
  const children = new Map<string | null, CriteriaNodeRow[]>();
  for (const node of nodes) {
    const list = children.get(node.parentCode) ?? [];
    list.push(node);
    children.set(node.parentCode, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder);
  const build = (parent: string | null, depth: number): CriteriaNodeV1[] =>
    (children.get(parent) ?? []).map((row) => {
      const kids = depth < 64 ? build(row.code, depth + 1) : [];
      return {
        code: row.code,
        title: row.title,
        maxPoints: fromMilli(row.maxMilli),
        ...(kids.length > 0 ? { children: kids } : {}),
        ...(kids.length === 0 && row.source ? { source: row.source } : {}),
        ...(kids.length === 0 && row.rule ? { rule: row.rule } : {}),
        ...(row.guidance ? { guidance: row.guidance } : {}),
        ...(row.evidenceHint ? { evidence: row.evidenceHint } : {}),
        ...(row.leadAgency ? { leadAgency: row.leadAgency } : {}),
        ...(row.responsibleAgency ? { responsibleAgency: row.responsibleAgency } : {}),
        ...(kids.length === 0 && row.notApplicableAllowed ? { notApplicableAllowed: true } : {}),
        ...(kids.length === 0 && row.indicator ? { indicator: row.indicator } : {}),
      };
    });
  return {
    format: CRITERIA_SET_FORMAT,
    code: set.code,
    name: set.name,
    year: set.year,
    unitType: set.unitType,
    ...(set.bands.length ? { bands: set.bands } : {}),
    ...(set.bonusMaxMilli !== null && set.penaltyMaxMilli !== null
      ? {
          adjustments: { bonusMax: fromMilli(set.bonusMaxMilli), penaltyMax: fromMilli(set.penaltyMaxMilli) },
        }
      : {}),
    nodes: build(null, 0),
  };
}

/** Node rows (without ids) of a validated set, rules as given in the document. */
export function toNodeRows(
  doc: CriteriaSetV1,
  parsed: CriteriaSet,
  setId: string,
): Omit<CriteriaNodeRow, 'id'>[] {
  const rules = new Map<string, RuleV1>();
  const walk = (nodes: readonly CriteriaNodeV1[]) => {
    for (const node of nodes) {
      if (node.rule) rules.set(node.code, canonicalRule(node.rule));
      if (node.children) walk(node.children);
    }
  };
  walk(doc.nodes);
  const order = new Map<string | null, number>();
  return parsed.allNodes.map((node) => {
    const position = order.get(node.parentCode) ?? 0;
    order.set(node.parentCode, position + 1);
    return {
      setId,
      code: node.code,
      parentCode: node.parentCode,
      sortOrder: position,
      title: node.title,
      maxMilli: node.maxMilli,
      source: node.type === 'leaf' ? node.source : null,
      rule: node.type === 'leaf' ? (rules.get(node.code) ?? null) : null,
      guidance: node.guidance ?? null,
      evidenceHint: node.evidence ?? null,
      leadAgency: node.leadAgency ?? null,
      responsibleAgency: node.responsibleAgency ?? null,
      notApplicableAllowed: node.type === 'leaf' && node.notApplicableAllowed === true,
      indicator: node.type === 'leaf' ? (node.indicator ?? null) : null,
    };
  });
}

/** The one stored form of a rule (libs/scoring): defaults spelled out, decimals as JSON numbers. */
export function canonicalRule(rule: RuleV1): RuleV1 {
  return canonicalRuleV1(rule);
}
