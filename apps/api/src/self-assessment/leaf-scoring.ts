import { DETAIL_TEXTS } from '@par/contracts';
import {
  describeLeafScore,
  parseLeafInput,
  scoreLeaf,
  type LeafInputV1,
  type LeafNode,
  type LeafScore,
} from '@par/scoring';
import { DomainError } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';

/** Scores a v1 input on a leaf with libs/scoring — the only way points are made; bad input is INPUT_INVALID. */
export function scoreInput(leaf: LeafNode, input: LeafInputV1 | null): LeafScore {
  if (input === null) return scoreLeaf(leaf, undefined);
  const parsed = parseLeafInput(leaf, input);
  if (!parsed.ok) {
    throw new DomainError('INPUT_INVALID', {
      detail: DETAIL_TEXTS.LEAF({ leaf: leaf.code }),
      errors: issuesToProblems(parsed.issues).map((p) => ({ ...p, leaf: leaf.code })),
    });
  }
  return scoreLeaf(leaf, parsed.value);
}

/** Points for storage: null when nothing was given (missing). */
export function pointsOf(leaf: LeafNode, input: LeafInputV1 | null): number | null {
  return input === null ? null : scoreInput(leaf, input).pointsMilli;
}

export function whyOf(leaf: LeafNode, input: LeafInputV1 | null, locale: 'vi' | 'en' = 'vi'): string {
  try {
    return describeLeafScore(leaf, scoreInput(leaf, input), locale);
  } catch {
    return '';
  }
}
