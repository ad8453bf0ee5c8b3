import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';

export interface ReportRequest {
  periodId: string;
  asOf: string;
  format: 'xlsx' | 'pdf';
}

/** The remediation progress report as it stood at the end of `asOf`. */
export const downloadProgressReport = ({ periodId, asOf, format }: ReportRequest) => {
  const params = { params: { path: { id: periodId }, query: { asOf } }, parseAs: 'blob' as const };
  return unwrap(
    format === 'xlsx'
      ? api.GET('/api/v1/periods/{id}/remediation-tasks/report.xlsx', params)
      : api.GET('/api/v1/periods/{id}/remediation-tasks/report.pdf', params),
  );
};

/** The report as a file to save (no cache involved). */
export const useDownloadProgressReport = (
  config: MutationConfig<ResultOf<typeof downloadProgressReport>, ReportRequest> = {},
) => useMutation({ ...config, mutationFn: downloadProgressReport });
