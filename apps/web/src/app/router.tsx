import { Suspense, type ReactElement, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequireRole } from '../features/auth';
import { startEarly } from '../lib/early-request';
import { useI18n } from '../lib/i18n';
import { Layout } from './layout';
import { lazyPage } from './lazy-page';
import { ADMIN_NAV, MAIN_NAV, rolesOf } from './navigation';
import { DashboardPage } from './routes/dashboard';
import { LoginPage } from './routes/login';
import { ModulePage } from './routes/module-page';
import { NotFoundPage } from './routes/not-found';

// Every page but the login, the dashboard and the shell loads on first visit (its own chunk): the login
// page's JavaScript stays small (`npm run bench` measures it), the criteria editor, the workspaces and the
// survey load only where used.
const ApiKeysAdmin = lazyPage(() => import('../features/api-key'), 'ApiKeysAdmin');
const AppraisalWorkspace = lazyPage(() => import('../features/self-assessment'), 'AppraisalWorkspace');
const AuditLog = lazyPage(() => import('../features/audit'), 'AuditLog');
const UnitsAdmin = lazyPage(() => import('../features/organization'), 'UnitsAdmin');
const UnitTypesAdmin = lazyPage(() => import('../features/organization'), 'UnitTypesAdmin');
const UsersAdmin = lazyPage(() => import('../features/organization'), 'UsersAdmin');
const AccountPasswordPage = lazyPage(() => import('./routes/account'), 'AccountPasswordPage');
const SelfAssessmentRoute = lazyPage(() => import('./routes/self-assessment'), 'SelfAssessmentRoute');
const CriteriaSetsRoute = lazyPage(() => import('./routes/criteria'), 'CriteriaSetsRoute');
const CriteriaSetRoute = lazyPage(() => import('./routes/criteria'), 'CriteriaSetRoute');
const CriteriaDiffRoute = lazyPage(() => import('./routes/criteria'), 'CriteriaDiffRoute');
const MyUnitPage = lazyPage(() => import('./routes/my-unit'), 'MyUnitPage');
const PeriodsRoute = lazyPage(() => import('./routes/periods'), 'PeriodsRoute');
const PeriodRoute = lazyPage(() => import('./routes/periods'), 'PeriodRoute');
const PeriodWizardRoute = lazyPage(() => import('./routes/periods'), 'PeriodWizardRoute');
const AppealsRoute = lazyPage(() => import('./routes/appeals'), 'AppealsRoute');
const SurveyRoute = lazyPage(() => import('./routes/survey'), 'SurveyRoute');
const AnalysisRoute = lazyPage(() => import('./routes/analysis'), 'AnalysisRoute');
const PublicCodePage = lazyPage(() => import('./routes/survey'), 'PublicCodePage');
const PublicSurveyRoute = lazyPage(() => import('./routes/survey'), 'PublicSurveyRoute');
const ResultsPage = lazyPage(() => import('./routes/results'), 'ResultsPage');
const ResultsUnitRoute = lazyPage(() => import('./routes/results'), 'ResultsUnitRoute');
const PublicPeriodsPage = lazyPage(() => import('./routes/results'), 'PublicPeriodsPage');
const PublicResultsRoute = lazyPage(() => import('./routes/results'), 'PublicResultsRoute');
const PublicUnitRoute = lazyPage(() => import('./routes/results'), 'PublicUnitRoute');

/** While a page's chunk downloads. */
function PageLoading() {
  const { t } = useI18n();
  return <p role="status">{t('table.loading')}</p>;
}

/**
 * Starts a published period's results request (same path as `features/ranking`'s query); no data. Not for an
 * earlier version (`?version=N`): the page asks for that one itself, and an unclaimed early answer would wait.
 */
function startPublicResults(periodId: string | undefined, request: Request): null {
  const earlierVersion = new URL(request.url).searchParams.has('version');
  if (periodId && /^[0-9a-f-]{36}$/i.test(periodId) && !earlierVersion)
    startEarly(`/api/v1/public/periods/${periodId}/results`);
  return null;
}

/** A lazily loaded page outside the shell (the shell has its own boundary around the page). */
const loading = (page: ReactNode) => <Suspense fallback={<PageLoading />}>{page}</Suspense>;

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
  '/results': <ResultsPage />,
  '/analysis': <AnalysisRoute />,
};

const modules: RouteObject[] = [...MAIN_NAV, ...ADMIN_NAV]
  .filter((item) => item.to !== '/')
  .map((item) => ({
    path: item.to.slice(1),
    element: (
      <RequireRole roles={item.roles}>{PAGES[item.to] ?? <ModulePage title={item.label} />}</RequireRole>
    ),
  }));

const guarded = (path: string, roles: Parameters<typeof RequireRole>[0]['roles'], page: ReactElement) => ({
  path,
  element: <RequireRole roles={roles}>{page}</RequireRole>,
});

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // The answer page: outside `<RequireAuth>` and the shell; the API's SPA fallback serves index.html for `/s/...`.
  { path: '/s', element: loading(<PublicCodePage />) },
  { path: '/s/:code', element: loading(<PublicSurveyRoute />) },
  // The published results, for anyone (the same data as the public feed): no login, no shell.
  { path: '/cong-khai/ket-qua', element: loading(<PublicPeriodsPage />) },
  // The feed (megabytes for thousands of units) is asked for while the page's chunk downloads.
  {
    path: '/cong-khai/ket-qua/:periodId',
    loader: ({ params, request }) => startPublicResults(params.periodId, request),
    element: loading(<PublicResultsRoute />),
  },
  {
    path: '/cong-khai/ket-qua/:periodId/don-vi/:code',
    loader: ({ params, request }) => startPublicResults(params.periodId, request),
    element: loading(<PublicUnitRoute />),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout fallback={<PageLoading />} />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'account/password', element: <AccountPasswordPage /> },
      ...modules,
      guarded('criteria/:id', rolesOf('/criteria'), <CriteriaSetRoute />),
      guarded('criteria/:id/diff', rolesOf('/criteria'), <CriteriaDiffRoute />),
      guarded('periods/new', ['admin'], <PeriodWizardRoute />),
      guarded('periods/:id', rolesOf('/periods'), <PeriodRoute />),
      guarded('results/:periodId/units/:code', rolesOf('/results'), <ResultsUnitRoute />),
      guarded('periods/:id/appeals', ['admin', 'appraiser', 'unit_head', 'unit_editor'], <AppealsRoute />),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
