import type { ResultsV1 } from '@par/scoring';
import type { QueryClient } from '@tanstack/react-query';
import { periodKeys, type PeriodDetail } from '../../../lib/period-queries';

/** A write that answers with the period: its detail is cached as answered, the lists are read again. */
export async function settlePeriod(
  queryClient: QueryClient,
  id: string,
  detail: PeriodDetail,
): Promise<void> {
  queryClient.setQueryData(periodKeys.detail(id), detail);
  await queryClient.invalidateQueries({ queryKey: periodKeys.lists() });
}

/** Computed or published results: cached as answered; the period's state moved, so every period query is stale. */
export async function settleResults(queryClient: QueryClient, id: string, results: ResultsV1): Promise<void> {
  queryClient.setQueryData(periodKeys.results(id), results);
  await queryClient.invalidateQueries({ queryKey: periodKeys.all });
}
