import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { CriteriaSetPage, CriteriaSetsList, SetDiff } from '../../features/criteria';
import { useUnitTypes } from '../../features/organization';

/** The criteria sets list: admins import, export and clone; the others read. */
export function CriteriaSetsRoute() {
  const user = useCurrentUser();
  const { typeName } = useUnitTypes();
  return <CriteriaSetsList canEdit={user.role === 'admin'} typeName={typeName} />;
}

export function CriteriaSetRoute() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { typeName } = useUnitTypes();
  return <CriteriaSetPage key={id} id={id} canEdit={user.role === 'admin'} typeName={typeName} />;
}

export function CriteriaDiffRoute() {
  const { id = '' } = useParams();
  return <SetDiff key={id} id={id} />;
}
