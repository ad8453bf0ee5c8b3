import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';

/** The annual analysis report (PDF) the standing agency signs. */
export const downloadAnalysisReport = (periodId: string) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/analysis/report.pdf', {
      params: { path: { id: periodId } },
      parseAs: 'blob',
    }),
  );

export const useDownloadAnalysisReport = (
  config: MutationConfig<ResultOf<typeof downloadAnalysisReport>, string> = {},
) => useMutation({ ...config, mutationFn: downloadAnalysisReport });
