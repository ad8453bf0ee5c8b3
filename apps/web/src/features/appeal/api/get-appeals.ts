import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { appealKeys } from './keys';
import type { AppealableLeaf } from './types';

export const getAppeals = (periodId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/periods/{id}/appeals', { params: { path: { id: periodId } }, signal }));

/** The window, the appeals the caller may see, and an appeal compute waiting to be published. */
export const appealsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: appealKeys.list(periodId),
    queryFn: ({ signal }) => getAppeals(periodId, signal),
  });

/** The unit's leaves (code and title), from its assessment: what it may appeal. */
export const appealableLeavesQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: appealKeys.leaves(periodId, unitCode),
    queryFn: async ({ signal }): Promise<AppealableLeaf[]> => {
      const assessment = await unwrap(
        api.GET('/api/v1/periods/{id}/assessments/{unitCode}', {
          params: { path: { id: periodId, unitCode } },
          signal,
        }),
      );
      return assessment.items.map((item) => ({ leafCode: item.leafCode, title: item.title }));
    },
  });
