import { compactQuery } from '../../../lib/api-client';
import type { UnitFilters, UserFilters } from './types';

export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (filters: UnitFilters) => [...unitKeys.lists(), compactQuery(filters)] as const,
  detail: (code: string) => [...unitKeys.all, 'detail', code] as const,
};

export const unitTypeKeys = {
  all: ['unit-types'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), compactQuery(filters)] as const,
};
