import { toMilli, type CriteriaNodeV1, type CriteriaSetV1, type DecimalV1 } from '@par/scoring';
import type { SetIssue } from './api/types';

/** Where a node sits: its parent, its place among its siblings, its depth (1 for an area). */
export interface NodePlace {
  node: CriteriaNodeV1;
  parentCode: string | null;
  index: number;
  siblingCount: number;
  depth: number;
}

/** Every node of the tree by code, in pre-order. */
export function placesOf(document: CriteriaSetV1): Map<string, NodePlace> {
  const places = new Map<string, NodePlace>();
  const walk = (nodes: readonly CriteriaNodeV1[], parentCode: string | null, depth: number) =>
    nodes.forEach((node, index) => {
      places.set(node.code, { node, parentCode, index, siblingCount: nodes.length, depth });
      walk(node.children ?? [], node.code, depth + 1);
    });
  walk(document.nodes, null, 1);
  return places;
}

export const isBranch = (node: CriteriaNodeV1): boolean => (node.children?.length ?? 0) > 0;

/** Thousandths of a decimal the server sent, or null for one that does not read (never thrown). */
export function milliOf(value: DecimalV1): number | null {
  try {
    return toMilli(value);
  } catch {
    return null;
  }
}

/** Σ of the children's max points in thousandths (null when one does not read). */
export function childrenMilli(node: CriteriaNodeV1): number | null {
  let sum = 0;
  for (const child of node.children ?? []) {
    const milli = milliOf(child.maxPoints);
    if (milli === null) return null;
    sum += milli;
  }
  return sum;
}

/** The codes of a node and of everything under it. */
export function subtreeCodes(node: CriteriaNodeV1): Set<string> {
  const codes = new Set<string>();
  const walk = (current: CriteriaNodeV1) => {
    codes.add(current.code);
    current.children?.forEach(walk);
  };
  walk(node);
  return codes;
}

/** The API's open issues by the node they name; those about the set itself under `general`. */
export function issuesByNode(issues: readonly SetIssue[]): {
  byNode: Map<string, SetIssue[]>;
  general: SetIssue[];
} {
  const byNode = new Map<string, SetIssue[]>();
  const general: SetIssue[] = [];
  for (const issue of issues) {
    if (issue.node === undefined) general.push(issue);
    else byNode.set(issue.node, [...(byNode.get(issue.node) ?? []), issue]);
  }
  return { byNode, general };
}
