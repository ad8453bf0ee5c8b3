import type { CriteriaSet } from '../model/criteria-set.types';

/** Index arithmetic for scoring a set quickly; built once per set and cached. */
export interface ScoringPlan {
  /** Position in `set.allNodes` by node code. */
  readonly nodePosition: ReadonlyMap<string, number>;
  /** Position in `set.leaves` by leaf code. */
  readonly leafPosition: ReadonlyMap<string, number>;
  /** For each leaf (in `set.leaves` order), its position in `set.allNodes`. */
  readonly leafNode: Int32Array;
  /** For each node (in `set.allNodes` order), its parent's position, or -1 for an area. */
  readonly parent: Int32Array;
  /** Positions of the areas in `set.allNodes`. */
  readonly areas: Int32Array;
  readonly leafCodes: readonly string[];
  readonly nodeCodes: readonly string[];
}

const plans = new WeakMap<CriteriaSet, ScoringPlan>();

/** The (cached) scoring plan of a parsed set. */
export function scoringPlan(set: CriteriaSet): ScoringPlan {
  const cached = plans.get(set);
  if (cached) return cached;
  const nodeCodes = set.allNodes.map((node) => node.code);
  const leafCodes = set.leaves.map((leaf) => leaf.code);
  const nodePosition = new Map(nodeCodes.map((code, position) => [code, position]));
  const plan: ScoringPlan = {
    nodePosition,
    leafPosition: new Map(leafCodes.map((code, position) => [code, position])),
    leafNode: Int32Array.from(leafCodes, (code) => nodePosition.get(code) ?? -1),
    parent: Int32Array.from(set.allNodes, (node) =>
      node.parentCode === null ? -1 : (nodePosition.get(node.parentCode) ?? -1),
    ),
    areas: Int32Array.from(set.nodes, (node) => nodePosition.get(node.code) ?? -1),
    leafCodes,
    nodeCodes,
  };
  plans.set(set, plan);
  return plan;
}
