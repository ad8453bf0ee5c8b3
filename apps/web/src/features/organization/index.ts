export { UnitSummary } from './components/unit-summary';
export { UnitTypesAdmin } from './components/unit-types-admin';
export { UnitsAdmin } from './components/units-admin';
export { UsersAdmin } from './components/users-admin';
export { unitsQueryOptions } from './api/get-units';
export { usersQueryOptions } from './api/get-users';
export { useUnitTypes } from './use-unit-types';
