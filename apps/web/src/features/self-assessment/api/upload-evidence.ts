import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MutationConfig } from '../../../lib/react-query';
import { uploadFile, type UploadProgress } from '../../../lib/upload';
import { assessmentKeys } from './keys';
import type { LeafRef, UploadedEvidence } from './types';

/** Attaches a file to a leaf, reporting upload progress (413 too large, 415 wrong type, deduplicated). */
export const uploadEvidence = (
  { periodId, unitCode, leafCode }: LeafRef,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
) =>
  uploadFile<UploadedEvidence>(
    `/api/v1/periods/${encodeURIComponent(periodId)}/assessments/${encodeURIComponent(unitCode)}/items/${encodeURIComponent(leafCode)}/evidence`,
    file,
    { onProgress, signal },
  );

export interface EvidenceUpload {
  file: File;
  onProgress(progress: UploadProgress): void;
  signal?: AbortSignal;
}

/** The unit's assessment is read again afterwards: it lists each leaf's files. */
export function useUploadEvidence(
  leaf: LeafRef,
  { onSuccess, ...config }: MutationConfig<UploadedEvidence, EvidenceUpload> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: ({ file, onProgress, signal }: EvidenceUpload) =>
      uploadEvidence(leaf, file, onProgress, signal),
    onSuccess: async (...args) => {
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.unit(leaf.periodId, leaf.unitCode) });
      await onSuccess?.(...args);
    },
  });
}
