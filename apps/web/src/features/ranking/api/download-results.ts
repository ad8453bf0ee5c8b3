import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';

export type ResultsFormat = 'xlsx' | 'csv' | 'pdf';

const PATHS = {
  xlsx: '/api/v1/periods/{id}/results/export.xlsx',
  csv: '/api/v1/periods/{id}/results/export.csv',
  pdf: '/api/v1/periods/{id}/results/export.pdf',
} as const;

/** The official tables as a file (the bearer header is needed, so no plain link). */
export const downloadResults = ({ periodId, format }: { periodId: string; format: ResultsFormat }) =>
  unwrap(api.GET(PATHS[format], { params: { path: { id: periodId } }, parseAs: 'blob' }));

/** Nothing cached: the screen names and saves the file. */
export const useDownloadResults = (
  config: MutationConfig<ResultOf<typeof downloadResults>, { periodId: string; format: ResultsFormat }> = {},
) => useMutation({ ...config, mutationFn: downloadResults });
