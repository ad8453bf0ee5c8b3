import {
  describeLeafScore,
  parseLeafInput,
  scoreLeaf,
  type Issue,
  type LeafInputV1,
  type LeafNode,
} from '@par/scoring';
import type { Language } from './i18n';

/** What a live preview shows: the points and their explanation, or why the input does not fit the rule. */
export type LeafScorePreview =
  | {
      ok: true;
      pointsMilli: number;
      maxMilli: number;
      missing: boolean;
      notApplicable: boolean;
      /** `describeLeafScore`: how the points were reached, in the reader's language. */
      why: string;
    }
  | { ok: false; issues: readonly Issue[] };

/**
 * Scores an input exactly as the API will (`parseLeafInput` → `scoreLeaf` → `describeLeafScore` of
 * @par/scoring), so the points a screen shows are the points the server stores: a unit's or an appraiser's
 * figures, a sample in the rule editor. No input (`null`) scores 0 and counts as missing.
 */
export function previewLeafScore(
  leaf: LeafNode,
  input: LeafInputV1 | null,
  lang: Language,
): LeafScorePreview {
  let value;
  if (input !== null) {
    const parsed = parseLeafInput(leaf, input);
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    value = parsed.value;
  }
  const score = scoreLeaf(leaf, value);
  return {
    ok: true,
    pointsMilli: score.pointsMilli,
    maxMilli: score.maxMilli,
    missing: score.missing,
    notApplicable: score.notApplicable,
    why: describeLeafScore(leaf, score, lang),
  };
}
