import type { components, operations } from '@par/contracts';

export type Unit = components['schemas']['UnitDto'];
export type UnitType = components['schemas']['UnitTypeDto'];
export type User = components['schemas']['UserDto'];
export type NewUnit = components['schemas']['CreateUnitDto'];
export type UnitChanges = components['schemas']['UpdateUnitDto'];
export type NewUnitType = components['schemas']['CreateUnitTypeDto'];
export type UnitTypeChanges = components['schemas']['UpdateUnitTypeDto'];
export type NewUser = components['schemas']['CreateUserDto'];
export type UserChanges = components['schemas']['UpdateUserDto'];
export type UnitFilters = NonNullable<operations['listUnits']['parameters']['query']>;
export type UserFilters = NonNullable<operations['listUsers']['parameters']['query']>;
