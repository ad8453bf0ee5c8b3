import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshAfterDecision } from './assessment-cache';
import { getAppraisalQueue } from './get-appraisal-queue';
import type { QueueQuery } from './types';

export type BulkResult = components['schemas']['BulkResultDto'];
export type BulkLeaf = components['schemas']['BulkLeafDto'];

/** Every pending leaf of the queue as filtered (all its pages), as the bulk accept takes them. */
export async function pendingLeaves(
  periodId: string,
  filters: Pick<QueueQuery, 'area' | 'unitCode'>,
): Promise<BulkLeaf[]> {
  const leaves: BulkLeaf[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await getAppraisalQueue(periodId, { ...filters, status: 'pending', page, pageSize: 1000 });
    leaves.push(...answer.items.map(({ unitCode, leafCode, version }) => ({ unitCode, leafCode, version })));
    if (answer.items.length === 0 || leaves.length >= answer.total) return leaves;
  }
}

/**
 * `POST …/appraisal/bulk-accept`: many leaves accepted as they came in, or (with `undo`) those acceptances
 * taken back at the versions the accept answered. The queue and the units' assessments are read again.
 */
export function useBulkAccept(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<BulkResult, { items: BulkLeaf[]; undo?: boolean }> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (body: { items: BulkLeaf[]; undo?: boolean }) =>
      unwrap(
        api.POST('/api/v1/periods/{id}/appraisal/bulk-accept', { params: { path: { id: periodId } }, body }),
      ),
    onSuccess: async (...args) => {
      refreshAfterDecision(queryClient, periodId);
      await onSuccess?.(...args);
    },
  });
}

/** `POST …/assessments/bulk-finalize`: several units finalized (or, with `undo`, taken back to round 2). */
export function useBulkFinalize(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<BulkResult, { unitCodes: string[]; undo?: boolean }> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (body: { unitCodes: string[]; undo?: boolean }) =>
      unwrap(
        api.POST('/api/v1/periods/{id}/assessments/bulk-finalize', {
          params: { path: { id: periodId } },
          body,
        }),
      ),
    onSuccess: async (...args) => {
      refreshAfterDecision(queryClient, periodId);
      await onSuccess?.(...args);
    },
  });
}
