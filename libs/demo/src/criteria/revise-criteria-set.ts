import type { CriteriaNodeV1, CriteriaSetV1 } from '@par/scoring';
import { sumPoints } from './sum-points';

/** What changes from one year's set to the next (by node code; codes stay stable across years). */
export interface CriteriaSetRevision {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  /** Nodes dropped (with their subtrees). */
  readonly remove?: readonly string[];
  /** Nodes appended as the last children of `parent`. */
  readonly add?: readonly { readonly parent: string; readonly node: CriteriaNodeV1 }[];
  /** Fields replaced on a node (max points of a leaf, its rule, title, guidance, …). */
  readonly change?: Readonly<Record<string, Partial<Omit<CriteriaNodeV1, 'code' | 'children'>>>>;
}

/**
 * Next year's set from this year's: nodes removed, added and changed, every branch's max recomputed as
 * the exact Σ of its children. Throws when the revision names a node the set does not have.
 */
export function reviseCriteriaSet(base: CriteriaSetV1, revision: CriteriaSetRevision): CriteriaSetV1 {
  const removed = new Set(revision.remove ?? []);
  const changes = new Map(Object.entries(revision.change ?? {}));
  const parents = new Set((revision.add ?? []).map((a) => a.parent));
  const unseen = new Set([...removed, ...changes.keys(), ...parents]);

  const revise = (node: CriteriaNodeV1): CriteriaNodeV1[] => {
    unseen.delete(node.code);
    if (removed.has(node.code)) return [];
    const changed: CriteriaNodeV1 = { ...node, ...changes.get(node.code) };
    if (!node.children) return [changed];
    const additions = (revision.add ?? []).filter((a) => a.parent === node.code).map((a) => a.node);
    const children = [...node.children.flatMap(revise), ...additions];
    return [{ ...changed, maxPoints: sumPoints(children.map((c) => c.maxPoints)), children }];
  };

  const nodes = base.nodes.flatMap(revise);
  if (unseen.size > 0)
    throw new Error(`reviseCriteriaSet: no node ${[...unseen].join(', ')} in ${base.code}`);
  return { ...base, code: revision.code, name: revision.name, year: revision.year, nodes };
}
