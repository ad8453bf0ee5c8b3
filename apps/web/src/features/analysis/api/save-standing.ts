import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { uploadBody } from '../../../lib/upload';
import { analysisKeys } from './keys';
import type { CreateStanding, Standing, StandingImportResult } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One national standing value (year × index × area). */
export const createStanding = (body: CreateStanding) =>
  unwrap(api.POST('/api/v1/national-standing', { body }));

export function useCreateStanding({ onSuccess, ...config }: MutationConfig<Standing, CreateStanding> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: createStanding,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: analysisKeys.standing() });
      await onSuccess?.(...args);
    },
  });
}

/** A CSV or .xlsx of standing rows, all or nothing. */
export const importStanding = (file: File) =>
  uploadBody<StandingImportResult>(
    '/api/v1/national-standing/import',
    file,
    /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv',
  );

export function useImportStanding({ onSuccess, ...config }: MutationConfig<StandingImportResult, File> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: importStanding,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: analysisKeys.standing() });
      await onSuccess?.(...args);
    },
  });
}
