import { parseCriteriaSet, type CriteriaSet } from '@par/scoring';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { scoringSetKeys } from './keys';

/**
 * A period's criteria set as the scoring model (`GET /criteria-sets/{id}/export` → `parseCriteriaSet`), the
 * same model the API scores with.
 */
export async function getScoringSet(id: string, signal?: AbortSignal): Promise<CriteriaSet> {
  const document = await unwrap(
    api.GET('/api/v1/criteria-sets/{id}/export', { params: { path: { id } }, signal }),
  );
  const parsed = parseCriteriaSet(document);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.value;
}

/** A set is frozen once its period opens, so it is read once. */
export const scoringSetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: scoringSetKeys.detail(id),
    queryFn: ({ signal }) => getScoringSet(id, signal),
    staleTime: Infinity,
    structuralSharing: false,
  });
