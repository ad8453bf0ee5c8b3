import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { periodKeys } from '../../../lib/period-queries';
import { rankingGroupsQueryOptions } from '../../../lib/ranking-groups';
import type { MutationConfig } from '../../../lib/react-query';

export type RankingGroups = components['schemas']['RankingGroupsDto'];
export type RankingGroupsWrite = components['schemas']['PutRankingGroupsDto'];

/**
 * `PUT /periods/{id}/ranking-groups`: every group with its names and members, against the period's version.
 * The groups are cached as answered; the period (its version, its units' groups) is read again.
 */
export function usePutRankingGroups(
  id: string,
  { onSuccess, ...config }: MutationConfig<RankingGroups, RankingGroupsWrite> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (body: RankingGroupsWrite) =>
      unwrap(api.PUT('/api/v1/periods/{id}/ranking-groups', { params: { path: { id } }, body })),
    onSuccess: async (...args) => {
      queryClient.setQueryData(rankingGroupsQueryOptions(id).queryKey, args[0]);
      await queryClient.invalidateQueries({ queryKey: periodKeys.detail(id), exact: true });
      await queryClient.invalidateQueries({ queryKey: periodKeys.lists() });
      await onSuccess?.(...args);
    },
  });
}
