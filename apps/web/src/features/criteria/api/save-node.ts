import type { components } from '@par/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { refreshWhenFrozen, settleSet } from './criteria-set-cache';
import { detailOf, type CriteriaSetDetail, type NewNode, type NodeChanges } from './types';

/** A new node, or changes to one (edited fields, or a move: parent and position). */
export type NodeWrite = { create: NewNode } | { code: string; changes: NodeChanges };

export const addNode = async (id: string, node: NewNode) =>
  detailOf(
    await unwrap(
      api.POST('/api/v1/criteria-sets/{id}/nodes', {
        params: { path: { id } },
        body: asContract<components['schemas']['CreateNodeDto']>(node),
      }),
    ),
  );

export const updateNode = async (id: string, code: string, changes: NodeChanges) =>
  detailOf(
    await unwrap(
      api.PATCH('/api/v1/criteria-sets/{id}/nodes/{code}', {
        params: { path: { id, code } },
        body: asContract<components['schemas']['UpdateNodeDto']>(changes),
      }),
    ),
  );

export const saveNode = (id: string, write: NodeWrite) =>
  'create' in write ? addNode(id, write.create) : updateNode(id, write.code, write.changes);

/** Each node write answers with the whole set. */
export function useSaveNode(
  id: string,
  { onSuccess, onError, ...config }: MutationConfig<CriteriaSetDetail, NodeWrite> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: (write: NodeWrite) => saveNode(id, write),
    onSuccess: async (...args) => {
      await settleSet(queryClient, id, args[0]);
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      refreshWhenFrozen(queryClient, id, args[0]);
      await onError?.(...args);
    },
  });
}
