import { useParams, type RouteObject } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { useUnitTypes } from '../../features/organization';
import { PublicCodePage, PublicSurveyPage, SurveyPage } from '../../features/survey';

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

function PublicSurveyRoute() {
  const { code = '' } = useParams();
  return <PublicSurveyPage key={code} code={code} />;
}

/**
 * The answer page: outside `<RequireAuth>` and the shell (no login, no menu). The API's SPA fallback
 * serves index.html for `/s/...`.
 */
export const publicSurveyRoutes: RouteObject[] = [
  { path: '/s', element: <PublicCodePage /> },
  { path: '/s/:code', element: <PublicSurveyRoute /> },
];
