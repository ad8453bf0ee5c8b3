import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { staleVersionOf } from '../../../lib/api-error';
import type { MutationConfig } from '../../../lib/react-query';
import { unitKeys } from './keys';
import type { NewUnit, Unit, UnitChanges } from './types';

/** A new unit, or the changes to one with the version they were read at (409 STALE_VERSION if stale). */
export type UnitWrite = { create: NewUnit } | { code: string; changes: UnitChanges };

export const createUnit = (body: NewUnit) => unwrap(api.POST('/api/v1/units', { body }));

export const updateUnit = (code: string, body: UnitChanges) =>
  unwrap(api.PATCH('/api/v1/units/{code}', { params: { path: { code } }, body }));

export const saveUnit = (write: UnitWrite): Promise<Unit> =>
  'create' in write ? createUnit(write.create) : updateUnit(write.code, write.changes);

/** The saved unit is cached and the lists read again; a unit changed meanwhile shows fresh in the lists. */
export function useSaveUnit({ onSuccess, onError, ...config }: MutationConfig<Unit, UnitWrite> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: saveUnit,
    onSuccess: async (...args) => {
      const [saved] = args;
      queryClient.setQueryData(unitKeys.detail(saved.code), saved);
      await queryClient.invalidateQueries({ queryKey: unitKeys.lists() });
      await onSuccess?.(...args);
    },
    onError: async (...args) => {
      if (staleVersionOf(args[0])) void queryClient.invalidateQueries({ queryKey: unitKeys.lists() });
      await onError?.(...args);
    },
  });
}
