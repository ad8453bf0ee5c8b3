import { parseLeafInput, scoreLeaf, type LeafInputV1, type LeafNode } from '@par/scoring';

/** What `input` scores on `leaf`, in thousandths, by the engine itself; throws on an input the leaf refuses. */
export function scoreInput(leaf: LeafNode, input: LeafInputV1): number {
  const parsed = parseLeafInput(leaf, input);
  if (!parsed.ok) {
    throw new Error(
      `scoreInput: ${leaf.code} refuses ${JSON.stringify(input)}: ${parsed.issues[0].messageEn}`,
    );
  }
  return scoreLeaf(leaf, parsed.value).pointsMilli;
}
