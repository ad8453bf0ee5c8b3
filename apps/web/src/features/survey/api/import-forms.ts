import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MutationConfig } from '../../../lib/react-query';
import { uploadBody, type UploadProgress } from '../../../lib/upload';
import { refreshProgress } from './survey-cache';
import { FORMS_FILE_TYPES, type FormsFileKind, type FormsImportResult } from './types';

export interface FormsUpload {
  file: File;
  kind: FormsFileKind;
  onProgress(progress: UploadProgress): void;
  signal?: AbortSignal;
}

/**
 * `POST …/survey/forms/import`: a survey-forms/v1 JSON, CSV or .xlsx file as the raw body, with upload
 * progress. All or nothing: 422 SURVEY_FORMS_INVALID lists row-numbered errors (at most 1,000;
 * `errorCount` has the total). Re-sending a file skips the serials stored with the same answers.
 */
export const importForms = (periodId: string, { file, kind, onProgress, signal }: FormsUpload) =>
  uploadBody<FormsImportResult>(
    `/api/v1/periods/${encodeURIComponent(periodId)}/survey/forms/import`,
    file,
    FORMS_FILE_TYPES[kind],
    { onProgress, signal },
  );

export function useImportForms(
  periodId: string,
  { onSuccess, ...config }: MutationConfig<FormsImportResult, FormsUpload> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (upload: FormsUpload) => importForms(periodId, upload),
    onSuccess: async (...args) => {
      await refreshProgress(queryClient, periodId);
      await onSuccess?.(...args);
    },
  });
}
