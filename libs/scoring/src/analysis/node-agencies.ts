import type { CriteriaSet } from '../model/criteria-set.types';

/** The agencies of one node after inheritance. */
export interface NodeAgencies {
  /** The appraising agency: the nearest node on the path (the node itself included) that names one. */
  readonly leadAgency: string | null;
  /**
   * Whose points they are: the nearest node on the path that names a `responsibleAgency`; where none does,
   * the (inherited) lead agency; null when neither is named anywhere on the path.
   */
  readonly responsibleAgency: string | null;
}

/**
 * Lead and responsible agency of every node, inherited from the nearest ancestor that sets one — parallel to
 * `set.allNodes` (pre-order, so a parent is always resolved before its children).
 */
export function nodeAgencies(set: CriteriaSet): NodeAgencies[] {
  const byCode = new Map<string, { lead: string | null; responsible: string | null }>();
  return set.allNodes.map((node) => {
    const parent = node.parentCode === null ? undefined : byCode.get(node.parentCode);
    const lead = node.leadAgency ?? parent?.lead ?? null;
    const responsible = node.responsibleAgency ?? parent?.responsible ?? null;
    byCode.set(node.code, { lead, responsible });
    return { leadAgency: lead, responsibleAgency: responsible ?? lead };
  });
}
