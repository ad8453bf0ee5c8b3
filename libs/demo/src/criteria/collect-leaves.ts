import type { CriteriaNodeV1 } from '@par/scoring';

/** The leaves of a v1 tree in set order (pre-order: areas, then their criteria, …). */
export function collectLeaves(nodes: readonly CriteriaNodeV1[]): CriteriaNodeV1[] {
  return nodes.flatMap((node) => (node.children?.length ? collectLeaves(node.children) : [node]));
}
