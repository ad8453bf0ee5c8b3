import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ApiKeysAdmin } from '../features/api-key';
import { AppraisalWorkspace } from '../features/self-assessment';
import { AuditLog } from '../features/audit';
import { RequireAuth, RequireRole } from '../features/auth';
import { UnitsAdmin, UnitTypesAdmin, UsersAdmin } from '../features/organization';
import { Layout } from './layout';
import { ADMIN_NAV, MAIN_NAV } from './navigation';
import { AccountPasswordPage } from './routes/account';
import { SelfAssessmentRoute } from './routes/self-assessment';
import { criteriaRoutes, CriteriaSetsRoute } from './routes/criteria';
import { DashboardPage } from './routes/dashboard';
import { LoginPage } from './routes/login';
import { ModulePage } from './routes/module-page';
import { MyUnitPage } from './routes/my-unit';
import { NotFoundPage } from './routes/not-found';
import { periodRoutes, PeriodsRoute } from './routes/periods';
import { publicSurveyRoutes, SurveyRoute } from './routes/survey';

/** Pages built so far; every other navigation item shows its module's placeholder. */
const PAGES: Record<string, ReactElement> = {
  '/my-unit': <MyUnitPage />,
  '/self-assessment': <SelfAssessmentRoute />,
  '/appraisal': <AppraisalWorkspace />,
  '/admin/units': <UnitsAdmin />,
  '/admin/unit-types': <UnitTypesAdmin />,
  '/admin/users': <UsersAdmin />,
  '/admin/api-keys': <ApiKeysAdmin />,
  '/admin/audit': <AuditLog />,
  '/criteria': <CriteriaSetsRoute />,
  '/periods': <PeriodsRoute />,
  '/survey': <SurveyRoute />,
};

const modules: RouteObject[] = [...MAIN_NAV, ...ADMIN_NAV]
  .filter((item) => item.to !== '/')
  .map((item) => ({
    path: item.to.slice(1),
    element: (
      <RequireRole roles={item.roles}>{PAGES[item.to] ?? <ModulePage title={item.label} />}</RequireRole>
    ),
  }));

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  ...publicSurveyRoutes,
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'account/password', element: <AccountPasswordPage /> },
      ...modules,
      ...criteriaRoutes,
      ...periodRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
