import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { cacheUnitItem, refreshAfterDecision } from './assessment-cache';
import type { AssessmentItem, ItemWrite, LeafRef } from './types';

export const writeItem = ({ periodId, unitCode, leafCode }: LeafRef, { input, ...rest }: ItemWrite) =>
  unwrap(
    api.PUT('/api/v1/periods/{id}/assessments/{unitCode}/items/{leafCode}', {
      params: { path: { id: periodId, unitCode, leafCode } },
      body: input === undefined ? rest : { ...rest, input: { ...input } },
    }),
  );

/**
 * Who writes decides what else is stale. The unit (self-assessment, explanation): the saved item replaces
 * the old one in its assessment. An appraiser (a round's decision): the queue and the period's assessments.
 */
export type ItemWriter = 'unit' | 'appraiser';

export interface ItemSave {
  at: LeafRef;
  write: ItemWrite;
}

/** One leaf saved against the version it was read at (409 STALE_VERSION for the screen to resolve). */
export function useSaveItem(
  writer: ItemWriter,
  { onSuccess, ...config }: MutationConfig<AssessmentItem, ItemSave> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ at, write }: ItemSave) => writeItem(at, write),
    onSuccess: async (...args) => {
      const [saved, { at }] = args;
      if (writer === 'unit') cacheUnitItem(queryClient, at, saved);
      else refreshAfterDecision(queryClient, at.periodId);
      await onSuccess?.(...args);
    },
  });
}
