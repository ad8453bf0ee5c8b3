import type { QueryClient } from '@tanstack/react-query';
import { surveyKeys } from './keys';
import type { Survey } from './types';

/** A write that answers with the survey: cached as answered; the period's other survey queries are stale. */
export async function settleSurvey(
  queryClient: QueryClient,
  periodId: string,
  survey: Survey,
): Promise<void> {
  queryClient.setQueryData(surveyKeys.detail(periodId), survey);
  await queryClient.invalidateQueries({ queryKey: surveyKeys.period(periodId), exact: false });
}

/** Forms or codes were added: the progress is read again. */
export const refreshProgress = (queryClient: QueryClient, periodId: string) =>
  queryClient.invalidateQueries({ queryKey: surveyKeys.detail(periodId) });
