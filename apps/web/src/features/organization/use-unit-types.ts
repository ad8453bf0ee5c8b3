import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n';
import { unitTypesQueryOptions } from './api/get-unit-types';
import type { UnitType } from './api/types';

/** Unit types in their configured order, and the name of a type code in the reader's language. */
export function useUnitTypes(): { types: UnitType[]; typeName(code: string): string } {
  const { localize } = useI18n();
  const { data: types = [] } = useQuery(unitTypesQueryOptions());
  const typeName = (code: string) => {
    const type = types.find((candidate) => candidate.code === code);
    return type ? localize({ vi: type.nameVi, en: type.nameEn }) : code;
  };
  return { types, typeName };
}
