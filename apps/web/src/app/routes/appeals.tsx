import { useParams } from 'react-router';
import { AppealsPage } from '../../features/appeal';
import { useCurrentUser } from '../../features/auth';

/** `/periods/:id/appeals`: the unit files, the council decides, the admin publishes the new version. */
export function AppealsRoute() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  return <AppealsPage key={id} periodId={id} role={user.role} unitCode={user.unitCode} />;
}
