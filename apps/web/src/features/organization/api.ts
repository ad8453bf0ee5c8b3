import type { components, operations } from '@par/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../lib/api-client';

export type Unit = components['schemas']['UnitDto'];
export type UnitType = components['schemas']['UnitTypeDto'];
export type User = components['schemas']['UserDto'];
export type NewUnit = components['schemas']['CreateUnitDto'];
export type UnitChanges = components['schemas']['UpdateUnitDto'];
export type NewUnitType = components['schemas']['CreateUnitTypeDto'];
export type UnitTypeChanges = components['schemas']['UpdateUnitTypeDto'];
export type NewUser = components['schemas']['CreateUserDto'];
export type UserChanges = components['schemas']['UpdateUserDto'];
export type UnitFilters = NonNullable<operations['Unit_list']['parameters']['query']>;
export type UserFilters = NonNullable<operations['User_list']['parameters']['query']>;

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

export const unitsQueryOptions = (filters: UnitFilters = {}) =>
  queryOptions({
    queryKey: unitKeys.list(filters),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/units', { params: { query: compactQuery(filters) }, signal })),
  });

export const unitQueryOptions = (code: string) =>
  queryOptions({
    queryKey: unitKeys.detail(code),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/units/{code}', { params: { path: { code } }, signal })),
  });

export const unitTypesQueryOptions = () =>
  queryOptions({
    queryKey: unitTypeKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/unit-types', { signal })),
    staleTime: 5 * 60_000,
  });

export const usersQueryOptions = (filters: UserFilters = {}) =>
  queryOptions({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/users', { params: { query: compactQuery(filters) }, signal })),
  });

export const createUnit = (body: NewUnit) => unwrap(api.POST('/api/v1/units', { body }));

export const updateUnit = (code: string, body: UnitChanges) =>
  unwrap(api.PATCH('/api/v1/units/{code}', { params: { path: { code } }, body }));

export const createUnitType = (body: NewUnitType) => unwrap(api.POST('/api/v1/unit-types', { body }));

export const updateUnitType = (code: string, body: UnitTypeChanges) =>
  unwrap(api.PATCH('/api/v1/unit-types/{code}', { params: { path: { code } }, body }));

export const createUser = (body: NewUser) => unwrap(api.POST('/api/v1/users', { body }));

export const updateUser = (id: string, body: UserChanges) =>
  unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body }));

/** A generated password, returned once; the user must change it at the next login. */
export const resetPassword = (id: string) =>
  unwrap(api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } }, body: {} }));

export const unlockUser = (id: string) =>
  unwrap(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id } } }));
