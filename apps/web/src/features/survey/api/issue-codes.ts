import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshProgress } from './survey-cache';
import type { IssuedCodes } from './types';

export interface CodeRequest {
  groupCode: string;
  unitCode: string;
  count: number;
}

/** `POST …/survey/codes`: one-time codes, shown once (only their hashes are stored). */
export const issueCodes = (periodId: string, request: CodeRequest) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/survey/codes', { params: { path: { id: periodId } }, body: request }),
  );

export function useIssueCodes(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<IssuedCodes, CodeRequest> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (request: CodeRequest) => issueCodes(periodId, request),
    onSuccess: async (...args) => {
      await refreshProgress(queryClient, periodId);
      await onSuccess?.(...args);
    },
  });
}
