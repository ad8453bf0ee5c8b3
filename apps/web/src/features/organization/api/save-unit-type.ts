import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import type { MutationConfig } from '../../../lib/react-query';
import { unitTypeKeys } from './keys';
import type { NewUnitType, UnitType, UnitTypeChanges } from './types';

/** A new unit type, or the changes to one. */
export type UnitTypeWrite = { create: NewUnitType } | { code: string; changes: UnitTypeChanges };

export const createUnitType = (body: NewUnitType) => unwrap(api.POST('/api/v1/unit-types', { body }));

export const updateUnitType = (code: string, body: UnitTypeChanges) =>
  unwrap(api.PATCH('/api/v1/unit-types/{code}', { params: { path: { code } }, body }));

export const saveUnitType = (write: UnitTypeWrite): Promise<UnitType> =>
  'create' in write ? createUnitType(write.create) : updateUnitType(write.code, write.changes);

export function useSaveUnitType({ onSuccess, ...config }: MutationConfig<UnitType, UnitTypeWrite> = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    ...config,
    mutationFn: saveUnitType,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: unitTypeKeys.all });
      await onSuccess?.(...args);
    },
  });
}
