import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-error';
import { criteriaSetKeys } from './keys';
import type { CriteriaSetDetail } from './types';

/** A write that answers with the set: its detail is cached as answered, the lists are read again. */
export async function settleSet(queryClient: QueryClient, id: string, detail: CriteriaSetDetail) {
  queryClient.setQueryData(criteriaSetKeys.detail(id), detail);
  await queryClient.invalidateQueries({ queryKey: criteriaSetKeys.lists() });
}

/**
 * For a write's `onError`: a set published meanwhile (409 CRITERIA_SET_FROZEN) is read again, so the page
 * turns read-only while the message says why.
 */
export function refreshWhenFrozen(queryClient: QueryClient, id: string, error: unknown): void {
  if (error instanceof ApiError && error.code === 'CRITERIA_SET_FROZEN')
    void queryClient.invalidateQueries({ queryKey: criteriaSetKeys.detail(id) });
}

/**
 * Shows a set as the server has it now (the current side of a concurrent edit, taken by the user): the
 * whole page — tree, facts, form — then reads from it.
 */
export function useShowCriteriaSet(id: string) {
  const queryClient = useQueryClient();
  return (current: CriteriaSetDetail) => queryClient.setQueryData(criteriaSetKeys.detail(id), current);
}
