import type { components } from '@par/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { periodKeys } from '../../../lib/period-queries';
import type { MutationConfig, ResultOf } from '../../../lib/react-query';

export type AppraisalAssignment = components['schemas']['AppraisalAssignmentDto'];
export type AppraisalAssignmentInput = components['schemas']['AppraisalAssignmentInputDto'];

const assignmentKey = (id: string) => [...periodKeys.detail(id), 'appraisal-assignments'] as const;

export const getAppraisalAssignments = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/periods/{id}/appraisal-assignments', { params: { path: { id } }, signal }));

export const appraisalAssignmentsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: assignmentKey(id),
    queryFn: ({ signal }) => getAppraisalAssignments(id, signal),
  });

export const replaceAppraisalAssignments = (id: string, assignments: AppraisalAssignmentInput[]) =>
  unwrap(
    api.PUT('/api/v1/periods/{id}/appraisal-assignments', {
      params: { path: { id } },
      body: { assignments },
    }),
  );

/** Replaces the whole list; the answer is the list as stored. */
export function useReplaceAppraisalAssignments(
  id: string,
  {
    onSuccess,
    ...config
  }: MutationConfig<ResultOf<typeof replaceAppraisalAssignments>, AppraisalAssignmentInput[]> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (assignments: AppraisalAssignmentInput[]) => replaceAppraisalAssignments(id, assignments),
    onSuccess: async (...args) => {
      queryClient.setQueryData(assignmentKey(id), args[0]);
      await onSuccess?.(...args);
    },
  });
}
