import {
  describeLeafScore,
  formatPoints,
  parseCriteriaSet,
  parseLeafInput,
  scoreLeaf,
  toMilli,
  type CriteriaSet,
  type Issue,
  type LeafInputV1,
  type LeafNode,
} from '@par/scoring';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import type { Language } from '../../lib/i18n';

export const criteriaSetKeys = {
  // Apart from the criteria screens' keys: this entry holds the parsed model, not the JSON document.
  scoring: (id: string) => ['scoring', 'criteria-set', id] as const,
};

/**
 * A period's criteria set as the scoring model (`GET /criteria-sets/{id}/export` → `parseCriteriaSet`), the
 * same model the API scores with. A set is frozen once its period opens, so it is read once.
 */
export const scoringSetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: criteriaSetKeys.scoring(id),
    queryFn: async ({ signal }): Promise<CriteriaSet> => {
      const document = await unwrap(
        api.GET('/api/v1/criteria-sets/{id}/export', { params: { path: { id } }, signal }),
      );
      const parsed = parseCriteriaSet(document);
      if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
      return parsed.value;
    },
    staleTime: Infinity,
    structuralSharing: false,
  });

/** The leaf `code` of a set, if it is one. */
export function leafOf(set: CriteriaSet | undefined, code: string): LeafNode | undefined {
  const node = set?.nodesByCode.get(code);
  return node?.type === 'leaf' ? node : undefined;
}

/** What the live preview shows: the points and their explanation, or why the figures do not fit the rule. */
export type LeafPreview =
  | { ok: true; pointsMilli: number; missing: boolean; notApplicable: boolean; why: string }
  | { ok: false; issues: readonly Issue[] };

/**
 * Scores an input exactly as the API will (`parseLeafInput` → `scoreLeaf` of @par/scoring), so the points
 * the form shows are the points the server stores. No input scores 0 and counts as missing.
 */
export function previewLeaf(leaf: LeafNode, input: LeafInputV1 | null, lang: Language): LeafPreview {
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
    missing: score.missing,
    notApplicable: score.notApplicable,
    why: describeLeafScore(leaf, score, lang),
  };
}

/** Points in the reader's language (`vi`: 1,25), from thousandths or from the API's decimal number. */
export function pointsText(points: number | null | undefined, lang: Language, milli = false): string {
  if (points === null || points === undefined) return '—';
  return formatPoints(milli ? points : toMilli(points), { locale: lang, trimZeros: true });
}

/** A scoring issue in the reader's language. */
export const issueText = (issue: Issue, lang: Language): string =>
  lang === 'en' ? issue.messageEn : issue.message;
