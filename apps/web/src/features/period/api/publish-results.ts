import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { periodKeys } from '../../../lib/period-queries';

/** The publication decision (number, date, signer, signed PDF) that makes the results public. */
export interface Publication {
  decisionNo: string;
  decisionDate: string;
  signer?: string;
  decisionFileId?: string;
  acknowledgeWarnings?: boolean;
  acknowledgementReason?: string;
}

/** Publish answers the publication (decision, version, snapshot), not the results: those are read again. */
export const publishResults = async (id: string, body: Publication) =>
  unwrap(api.POST('/api/v1/periods/{id}/publish', { params: { path: { id } }, body }));

type Published = Awaited<ReturnType<typeof publishResults>>;

export function usePublishResults(
  id: string,
  { onSuccess, ...config }: MutationConfig<Published, Publication> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (publication: Publication) => publishResults(id, publication),
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: periodKeys.all });
      await onSuccess?.(...args);
    },
  });
}
