import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n';
import { periodQueryOptions } from '../../lib/period-queries';
import { publicPeriodsQueryOptions, publicResultsQueryOptions } from './api/get-public-results';
import {
  criteriaNodesQueryOptions,
  rankingGroupsQueryOptions,
  snapshotQueryOptions,
  snapshotsQueryOptions,
} from './api/get-snapshots';
import { fromResults, withChange, type SetNode } from './model';

/**
 * A period's results as staff see them: the chosen compute (default the latest, provisional or not) with
 * the period's unit names and band labels, the sets' node titles where the role may read the sets, and
 * the change against the latest earlier published year.
 */
export function useStaffResults(periodId: string, snapshotId: string) {
  const { lang } = useI18n();
  const period = useQuery({ ...periodQueryOptions(periodId), enabled: Boolean(periodId) });
  const snapshots = useQuery({ ...snapshotsQueryOptions(periodId), enabled: Boolean(periodId) });
  const chosen = snapshotId || snapshots.data?.[0]?.id || '';
  const snapshot = useQuery({ ...snapshotQueryOptions(periodId, chosen), enabled: Boolean(chosen) });
  const groups = useQuery({ ...rankingGroupsQueryOptions(periodId), enabled: Boolean(periodId) });
  const sets = useQueries({
    queries: (period.data?.criteriaSets ?? []).map((set) => criteriaNodesQueryOptions(set.id)),
  });
  // The year before: the latest published period of an earlier year (the public feed has its ranks).
  const published = useQuery(publicPeriodsQueryOptions());
  const year = period.data?.year;
  const previousId = published.data
    ?.filter((p) => year !== undefined && p.year < year)
    .sort((a, b) => b.year - a.year)[0]?.id;
  const previous = useQuery({ ...publicResultsQueryOptions(previousId ?? ''), enabled: Boolean(previousId) });

  const nodes = sets.every((set) => !set.isPending)
    ? Object.fromEntries(
        sets.flatMap((set) => (set.data ? [[set.data.code, set.data.nodes] as [string, SetNode[]]] : [])),
      )
    : undefined;
  const nodesKey = nodes ? Object.keys(nodes).join(',') : 'pending';
  const model = useMemo(
    () =>
      snapshot.data && period.data
        ? withChange(
            fromResults(
              snapshot.data.results,
              {
                units: period.data.units,
                criteriaSets: period.data.criteriaSets,
                nodes,
                groups: groups.data,
              },
              lang,
            ),
            previous.data,
          )
        : null,
    // `nodes` is rebuilt each render; its content changes only with the sets loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot.data, period.data, nodesKey, groups.data, previous.data, lang],
  );
  return { period, snapshots, snapshot, chosen, model };
}
