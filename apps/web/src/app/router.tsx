import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ApiKeysAdmin } from '../features/api-keys';
import { AuditLog } from '../features/audit';
import { RequireAuth, RequireRole } from '../features/auth';
import { UnitsAdmin, UnitTypesAdmin, UsersAdmin } from '../features/organization';
import { Layout } from './layout';
import { ADMIN_NAV, MAIN_NAV } from './navigation';
import { AccountPasswordPage } from './routes/account';
import { DashboardPage } from './routes/dashboard';
import { LoginPage } from './routes/login';
import { ModulePage } from './routes/module-page';
import { MyUnitPage } from './routes/my-unit';
import { NotFoundPage } from './routes/not-found';

/** Pages built so far; every other navigation item shows its module's placeholder. */
const PAGES: Record<string, ReactElement> = {
  '/my-unit': <MyUnitPage />,
  '/admin/units': <UnitsAdmin />,
  '/admin/unit-types': <UnitTypesAdmin />,
  '/admin/users': <UsersAdmin />,
  '/admin/api-keys': <ApiKeysAdmin />,
  '/admin/audit': <AuditLog />,
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
