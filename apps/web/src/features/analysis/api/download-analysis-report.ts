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

/** The same report as a Word document, to edit before signing. */
export const downloadAnalysisReportDocx = (periodId: string) =>
  unwrap(
    api.GET('/api/v1/periods/{id}/analysis/report.docx', {
      params: { path: { id: periodId } },
      parseAs: 'blob',
    }),
  );

export const useDownloadAnalysisReportDocx = (
  config: MutationConfig<ResultOf<typeof downloadAnalysisReportDocx>, string> = {},
) => useMutation({ ...config, mutationFn: downloadAnalysisReportDocx });
