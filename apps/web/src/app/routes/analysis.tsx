import { AnalysisPage, type AnalysisAccess } from '../../features/analysis';
import { useCurrentUser } from '../../features/auth';

const ANALYSTS = ['admin', 'appraiser', 'viewer'];

/** The analysis page with what the signed-in user may do there (the API checks it again). */
export function AnalysisRoute() {
  const user = useCurrentUser();
  const access: AnalysisAccess = {
    analyse: ANALYSTS.includes(user.role),
    plan: user.role === 'admin',
    report: user.role === 'admin' || user.role === 'viewer',
    update: (task) =>
      user.role === 'admin' ||
      ((user.role === 'unit_head' || user.role === 'unit_editor') && task.ownerAgency === user.unitCode),
  };
  return <AnalysisPage access={access} />;
}
