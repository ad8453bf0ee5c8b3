import { SelfAssessmentPage } from '../../features/self-assessment';
import { useCurrentUser } from '../../features/auth';

/** `/self-assessment` for the signed-in user: an admin picks any unit, a unit role sees its own. */
export function SelfAssessmentRoute() {
  const { role, unitCode } = useCurrentUser();
  return <SelfAssessmentPage user={{ role, unitCode }} />;
}
