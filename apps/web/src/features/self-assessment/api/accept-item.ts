import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshAfterDecision, refreshQueue } from './assessment-cache';
import { writeItem } from './save-item';
import type { AssessmentItem, QueueItem } from './types';

/** An appraiser accepts a queue row as it stands (its points unchanged), against the row's version. */
export function useAcceptItem(
  periodId: string,
  { onSuccess, onError, ...config }: MutationConfig<AssessmentItem, QueueItem> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (item: QueueItem) =>
      writeItem(
        { periodId, unitCode: item.unitCode, leafCode: item.leafCode },
        { version: item.version, accept: true },
      ),
    onSuccess: async (...args) => {
      refreshAfterDecision(queryClient, periodId);
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      refreshQueue(queryClient, periodId);
      await onError?.(...args);
    },
  });
}
