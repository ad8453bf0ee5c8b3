import type { QueryClient } from '@tanstack/react-query';
import { assessmentKeys, queueKeys } from './keys';
import type { Assessment, AssessmentItem, LeafRef } from './types';

/** For `setQueryData` on a unit's assessment: the same assessment with one leaf's item as just saved. */
export const withSavedItem =
  (saved: AssessmentItem) =>
  (old: Assessment | undefined): Assessment | undefined =>
    old && { ...old, items: old.items.map((item) => (item.leafCode === saved.leafCode ? saved : item)) };

/** A write that answers with the unit's assessment (submit, close, finalize, adjustments): cached as answered. */
export const cacheAssessment = (
  queryClient: QueryClient,
  periodId: string,
  unitCode: string,
  assessment: Assessment,
) => queryClient.setQueryData(assessmentKeys.unit(periodId, unitCode), assessment);

/** A unit's own write of one leaf: the item replaces its old self in the unit's assessment; completeness is read again. */
export function cacheUnitItem(
  queryClient: QueryClient,
  { periodId, unitCode }: LeafRef,
  saved: AssessmentItem,
) {
  queryClient.setQueryData(assessmentKeys.unit(periodId, unitCode), withSavedItem(saved));
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.completeness(periodId, unitCode) });
}

/** An appraiser's decision: the queue (the leaf leaves "pending") and the period's assessments are read again. */
export function refreshAfterDecision(queryClient: QueryClient, periodId: string) {
  void queryClient.invalidateQueries({ queryKey: queueKeys.period(periodId) });
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.period(periodId) });
}

/** A refused decision: the queue is read again (the leaf may have moved on meanwhile). */
export function refreshQueue(queryClient: QueryClient, periodId: string) {
  void queryClient.invalidateQueries({ queryKey: queueKeys.period(periodId) });
}
