import { queryOptions } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { SetNode } from '../model';
import { rankingKeys } from './keys';
import type { RankingGroupName, Snapshot, SnapshotDiff, SnapshotSummary } from './types';

/** A period's computes, newest first (provisional ones included). */
export const snapshotsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: rankingKeys.snapshots(periodId),
    queryFn: async ({ signal }) =>
      asContract<SnapshotSummary[]>(
        await unwrap(
          api.GET('/api/v1/periods/{id}/results/snapshots', { params: { path: { id: periodId } }, signal }),
        ),
      ),
  });

/** One stored compute with its results/v1 (immutable: never refetched). */
export const snapshotQueryOptions = (periodId: string, snapshotId: string) =>
  queryOptions({
    queryKey: rankingKeys.snapshot(periodId, snapshotId),
    queryFn: async ({ signal }) =>
      asContract<Snapshot>(
        await unwrap(
          api.GET('/api/v1/periods/{id}/results/snapshots/{snapshotId}', {
            params: { path: { id: periodId, snapshotId } },
            signal,
          }),
        ),
      ),
    staleTime: Infinity,
  });

/** Which units moved between two computes. */
export const snapshotDiffQueryOptions = (periodId: string, from: string, to: string) =>
  queryOptions({
    queryKey: rankingKeys.diff(periodId, from, to),
    queryFn: async ({ signal }) =>
      asContract<SnapshotDiff>(
        await unwrap(
          api.GET('/api/v1/periods/{id}/results/diff', {
            params: { path: { id: periodId }, query: { from, to } },
            signal,
          }),
        ),
      ),
    staleTime: Infinity,
  });

interface CriteriaNodeDocument {
  code: string;
  title: string;
  maxPoints: number | string;
  children?: CriteriaNodeDocument[];
}

/** A set's nodes flattened (titles of areas and leaves); refused for roles that may not read sets. */
export const criteriaNodesQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: rankingKeys.criteriaSet(setId),
    queryFn: async ({ signal }) => {
      const set = await unwrap(
        api.GET('/api/v1/criteria-sets/{id}', { params: { path: { id: setId } }, signal }),
      );
      const nodes: SetNode[] = [];
      const walk = (list: CriteriaNodeDocument[] | undefined, parentCode: string | null) => {
        for (const node of list ?? []) {
          nodes.push({ code: node.code, title: node.title, parentCode, maxPoints: Number(node.maxPoints) });
          walk(node.children, node.code);
        }
      };
      walk(asContract<{ nodes?: CriteriaNodeDocument[] }>(set.document).nodes, null);
      return { code: set.code, nodes };
    },
    staleTime: 10 * 60_000,
    retry: false,
  });

/** The period's ranking groups with their names (admin and viewer; others keep the fallback names). */
export const rankingGroupsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: rankingKeys.groups(periodId),
    queryFn: async ({ signal }): Promise<RankingGroupName[]> =>
      (
        await unwrap(
          api.GET('/api/v1/periods/{id}/ranking-groups', { params: { path: { id: periodId } }, signal }),
        )
      ).groups,
    retry: false,
  });
