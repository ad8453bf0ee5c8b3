import type { components } from '@par/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { criteriaSetKeys } from './keys';

export type Crosswalk = components['schemas']['CrosswalkDto'];
export type CrosswalkInput = components['schemas']['PutCrosswalkDto'];

/** Which codes of the previous year's set each node of this set continues (for the trends). */
export const crosswalkQueryOptions = (id: string) =>
  queryOptions({
    queryKey: criteriaSetKeys.crosswalk(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/criteria-sets/{id}/crosswalk', { params: { path: { id } }, signal })),
  });

export const saveCrosswalk = (id: string, body: CrosswalkInput) =>
  unwrap(api.PUT('/api/v1/criteria-sets/{id}/crosswalk', { params: { path: { id } }, body }));

/** Replaces the crosswalk against the version read (409 STALE_VERSION: read again). */
export function useSaveCrosswalk(
  id: string,
  { onSuccess, ...config }: MutationConfig<Crosswalk, CrosswalkInput> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (body: CrosswalkInput) => saveCrosswalk(id, body),
    onSuccess: async (...args) => {
      queryClient.setQueryData(criteriaSetKeys.crosswalk(id), args[0]);
      await onSuccess?.(...args);
    },
    onError: async (error, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: criteriaSetKeys.crosswalk(id) });
      await config.onError?.(error, ...rest);
    },
  });
}
