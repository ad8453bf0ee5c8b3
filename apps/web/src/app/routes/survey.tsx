import { useParams } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { useUnitTypes } from '../../features/organization';
import { PublicSurveyPage, SurveyPage } from '../../features/survey';

export { PublicCodePage } from '../../features/survey';

/** `/survey`: the admin defines, closes and reopens; surveyors issue codes, type paper forms and import. */
export function SurveyRoute() {
  const user = useCurrentUser();
  const admin = user.role === 'admin';
  return admin ? <AdminSurveyRoute /> : <SurveyPage canManage={false} typeName={(code) => code} />;
}

/** The unit types' names come from the admin-only unit-types list. */
function AdminSurveyRoute() {
  const { typeName } = useUnitTypes();
  return <SurveyPage canManage typeName={typeName} />;
}

/** The answer page: outside `<RequireAuth>` and the shell (no login, no menu). */
export function PublicSurveyRoute() {
  const { code = '' } = useParams();
  return <PublicSurveyPage key={code} code={code} />;
}
