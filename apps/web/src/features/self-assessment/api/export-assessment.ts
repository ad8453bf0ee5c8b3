import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import type { ExportFormat } from './types';

/** The unit's self-assessment table (.xlsx) or its submission PDF for signature, as a file. */
export const downloadExport = (periodId: string, unitCode: string, format: ExportFormat) => {
  const params = { params: { path: { id: periodId, unitCode } }, parseAs: 'blob' as const };
  return unwrap(
    format === 'xlsx'
      ? api.GET('/api/v1/periods/{id}/assessments/{unitCode}/export.xlsx', params)
      : api.GET('/api/v1/periods/{id}/assessments/{unitCode}/export.pdf', params),
  );
};

/** Variables: the format; the screen names and saves the file. */
export const useExportAssessment = (
  periodId: string,
  unitCode: string,
  config: MutationConfig<Blob, ExportFormat> = {},
) =>
  useMutation({
    ...config,
    mutationFn: (format: ExportFormat) => downloadExport(periodId, unitCode, format),
  });
