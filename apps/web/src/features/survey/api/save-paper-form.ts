import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshProgress } from './survey-cache';
import type { PaperForm, PaperFormResult } from './types';

/** `POST …/survey/forms`: one paper form as typed (409 SERIAL_EXISTS, 422 SURVEY_ANSWER_INVALID). */
export const savePaperForm = (periodId: string, form: PaperForm) =>
  unwrap(api.POST('/api/v1/periods/{id}/survey/forms', { params: { path: { id: periodId } }, body: form }));

export function useSavePaperForm(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<PaperFormResult, PaperForm> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (form: PaperForm) => savePaperForm(periodId, form),
    onSuccess: async (...args) => {
      // Not awaited: the next form starts at once, the progress catches up behind it.
      void refreshProgress(queryClient, periodId);
      await onSuccess?.(...args);
    },
  });
}
