import type { RouteObject } from 'react-router';
import { useParams } from 'react-router';
import { RequireRole, useCurrentUser } from '../../features/auth';
import { CriteriaSetPage, CriteriaSetsList, SetDiff } from '../../features/criteria';
import { useUnitTypes } from '../../features/organization';
import { rolesOf } from '../navigation';

/** The criteria sets list: admins import, export and clone; the others read. */
export function CriteriaSetsRoute() {
  const user = useCurrentUser();
  const { typeName } = useUnitTypes();
  return <CriteriaSetsList canEdit={user.role === 'admin'} typeName={typeName} />;
}

function CriteriaSetRoute() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { typeName } = useUnitTypes();
  return <CriteriaSetPage key={id} id={id} canEdit={user.role === 'admin'} typeName={typeName} />;
}

function CriteriaDiffRoute() {
  const { id = '' } = useParams();
  return <SetDiff key={id} id={id} />;
}

const readers = rolesOf('/criteria');

export const criteriaRoutes: RouteObject[] = [
  {
    path: 'criteria/:id',
    element: (
      <RequireRole roles={readers}>
        <CriteriaSetRoute />
      </RequireRole>
    ),
  },
  {
    path: 'criteria/:id/diff',
    element: (
      <RequireRole roles={readers}>
        <CriteriaDiffRoute />
      </RequireRole>
    ),
  },
];
