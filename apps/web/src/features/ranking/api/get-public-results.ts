import type { components } from '@par/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import { takeEarly } from '../../../lib/early-request';
import { rankingKeys } from './keys';
import type { PublicPeriod, PublicResults, UnitHistoryRow } from './types';

// The public feed never changes once published (the API answers with an ETag): kept fresh for a while.
const PUBLISHED = 5 * 60_000;

/** Published periods, newest first (no login). */
export const publicPeriodsQueryOptions = () =>
  queryOptions({
    queryKey: rankingKeys.publicPeriods(),
    queryFn: async ({ signal }) =>
      asContract<PublicPeriod[]>(await unwrap(api.GET('/api/v1/public/periods', { signal }))),
    staleTime: PUBLISHED,
  });

/** Where a published period's results are (the router starts this request early). */
export const publicResultsPath = (periodId: string) => `/api/v1/public/periods/${periodId}/results`;

/** A published period's self-contained results (no login): the latest version, or version `version`. */
export const publicResultsQueryOptions = (periodId: string, version?: number) =>
  queryOptions({
    queryKey: rankingKeys.publicResults(periodId, version),
    queryFn: async ({ signal }) =>
      // The router may have asked already for the latest (app/router.tsx, lib/early-request.ts).
      (version === undefined ? await takeEarly<PublicResults>(publicResultsPath(periodId)) : undefined) ??
      asContract<PublicResults>(
        await unwrap(
          api.GET('/api/v1/public/periods/{id}/results', {
            params: { path: { id: periodId }, query: version === undefined ? {} : { version } },
            signal,
          }),
        ),
      ),
    staleTime: PUBLISHED,
    // Megabytes for thousands of units, and a publication never changes: no deep comparison with the
    // previous answer (structural sharing walks every node of every unit).
    structuralSharing: false,
  });

export type PublicationVersion = components['schemas']['PublicationVersionDto'];

/** A published period's versions, oldest first (an appeal republishes as the next version). */
export const publicVersionsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: rankingKeys.publicVersions(periodId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/public/periods/{id}/versions', { params: { path: { id: periodId } }, signal })),
    staleTime: PUBLISHED,
    retry: false,
  });

/** A unit across the published years, oldest first; 404 (an error) when it is in none. */
export const unitHistoryQueryOptions = (code: string) =>
  queryOptions({
    queryKey: rankingKeys.history(code),
    queryFn: async ({ signal }) => {
      const rows = asContract<UnitHistoryRow[]>(
        await unwrap(api.GET('/api/v1/public/units/{code}/history', { params: { path: { code } }, signal })),
      );
      return [...rows].sort((a, b) => a.year - b.year);
    },
    staleTime: PUBLISHED,
    retry: false,
  });
