import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { DashboardPage } from './routes/dashboard';
import { ModulePage } from './routes/module-page';
import { NotFoundPage } from './routes/not-found';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'criteria', element: <ModulePage title="nav.criteria" /> },
      { path: 'periods', element: <ModulePage title="nav.periods" /> },
      { path: 'self-assessment', element: <ModulePage title="nav.selfAssessment" /> },
      { path: 'appraisal', element: <ModulePage title="nav.appraisal" /> },
      { path: 'survey', element: <ModulePage title="nav.survey" /> },
      { path: 'results', element: <ModulePage title="nav.results" /> },
      { path: 'analysis', element: <ModulePage title="nav.analysis" /> },
      { path: 'admin/units', element: <ModulePage title="nav.units" /> },
      { path: 'admin/users', element: <ModulePage title="nav.users" /> },
      { path: 'admin/api-keys', element: <ModulePage title="nav.apiKeys" /> },
      { path: 'admin/audit', element: <ModulePage title="nav.audit" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
