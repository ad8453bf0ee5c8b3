import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshProgress } from './survey-cache';

/** Codes to print: those just issued (`codes`) or `count` new ones. */
export type SheetRequest = { groupCode: string; unitCode: string } & (
  { codes: string[]; count?: never } | { count: number; codes?: never }
);

/**
 * `POST …/survey/codes/sheet`: the A4 PDF of code cards for the post office, each QR code pointing at
 * `<this site>/s/<code>` (so the printed address is the one the respondents can reach).
 */
export const downloadCodeSheet = (periodId: string, request: SheetRequest) =>
  unwrap<Blob>(
    api.POST('/api/v1/periods/{id}/survey/codes/sheet', {
      params: { path: { id: periodId } },
      body: { ...request, origin: window.location.origin },
      parseAs: 'blob',
    }),
  );

/** Variables: what to print; the screen names and saves the file. Issuing new codes moves the progress. */
export function useDownloadCodeSheet(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<Blob, SheetRequest> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (request: SheetRequest) => downloadCodeSheet(periodId, request),
    onSuccess: async (...args) => {
      if (args[1].count) await refreshProgress(queryClient, periodId);
      await onSuccess?.(...args);
    },
  });
}
