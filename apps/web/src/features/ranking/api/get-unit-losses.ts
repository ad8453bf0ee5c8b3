import { queryOptions } from '@tanstack/react-query';
import type { components } from '@par/contracts';
import { api, unwrap } from '../../../lib/api-client';
import { rankingKeys } from './keys';

export type LostPointsRow = components['schemas']['LostPointsRowDto'];

/** One unit's lost points per area and per leaf as the analysis API computes them (libs/scoring). */
export interface UnitLosses {
  /** The compute the figures stand on (the last non-provisional one). */
  snapshotId: string;
  /** An input changed since that compute. */
  stale: boolean;
  areas: LostPointsRow[];
  leaves: LostPointsRow[];
}

const lostPoints = (periodId: string, unit: string, by: 'area' | 'leaf', signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/analysis/lost-points', {
      params: { path: { id: periodId }, query: { by, unit } },
      signal,
    }),
  );

export const unitLossesQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: rankingKeys.unitLosses(periodId, unitCode),
    queryFn: async ({ signal }): Promise<UnitLosses> => {
      const [areas, leaves] = await Promise.all([
        lostPoints(periodId, unitCode, 'area', signal),
        lostPoints(periodId, unitCode, 'leaf', signal),
      ]);
      return { snapshotId: leaves.snapshot.id, stale: leaves.stale, areas: areas.rows, leaves: leaves.rows };
    },
    // Roles without the analysis (unit staff) or a period before its first final compute: the page keeps
    // the snapshot's own figures.
    retry: false,
  });
