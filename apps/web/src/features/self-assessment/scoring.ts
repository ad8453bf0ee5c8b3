import type { CriteriaSet, LeafNode } from '@par/scoring';

/** The leaf `code` of a set, if it is one. */
export function leafOf(set: CriteriaSet | undefined, code: string): LeafNode | undefined {
  const node = set?.nodesByCode.get(code);
  return node?.type === 'leaf' ? node : undefined;
}
