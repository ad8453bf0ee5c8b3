import { parseCriteriaSet, type CriteriaSet, type LeafNode } from '@par/scoring';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';

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
