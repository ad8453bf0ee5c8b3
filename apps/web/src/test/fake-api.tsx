import {
  ERROR_TITLES,
  fieldProblemText,
  type ErrorCode,
  type FieldProblem,
  type FieldProblemCode,
  type FieldProblemParams,
  type Role,
} from '@par/contracts';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient, Providers } from '../app/providers';
import { routes } from '../app/router';
import type { CurrentUser } from '../features/auth';
import { session } from '../lib/api-client';

/** A request the fake API received. */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | null;
  body: unknown;
}

type Handler = (call: Call) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });

/** A problem document shaped as the API's filter writes it. */
/** A list route's answer: the `{ items, total, limit, offset }` envelope around `items`. */
export const page = (items: unknown[], status = 200) =>
  json({ items, total: items.length, limit: 500, offset: 0 }, status);

export const problem = (status: number, code: ErrorCode, extra: Record<string, unknown> = {}) =>
  json(
    {
      type: `urn:par-index:error:${code.toLowerCase()}`,
      title: ERROR_TITLES[code].vi,
      status,
      code,
      messages: { vi: ERROR_TITLES[code].vi, en: ERROR_TITLES[code].en },
      ...extra,
    },
    status,
  );

/** One of the API's own field problems, its texts from the contracts' catalogue as the API builds them. */
export function fieldProblem<C extends FieldProblemCode>(
  code: C,
  params: FieldProblemParams<C>,
  where: Omit<FieldProblem, 'code' | 'message' | 'messageEn'> = {},
): FieldProblem {
  const text = fieldProblemText(code, params);
  return { ...where, code, message: text.vi, messageEn: text.en };
}

/**
 * Replaces `fetch` with a fake API: handlers keyed `"METHOD /api/v1/path"`; anything else answers 404.
 * `/health` answers ok unless a handler says otherwise. Every call is recorded.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const all: Record<string, Handler> = {
    'GET /api/v1/health': () => json({ status: 'ok', db: 'up' }),
    ...handlers,
  };
  const fetchMock = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    const text = await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      auth: request.headers.get('authorization'),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    calls.push(call);
    const handler = all[`${call.method} ${call.path}`];
    return handler ? handler(call) : problem(404, 'ROUTE_NOT_FOUND');
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    to: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

export function me(role: Role, overrides: Partial<CurrentUser> = {}): CurrentUser {
  const unitRole = role === 'unit_head' || role === 'unit_editor';
  return {
    id: '00000000-0000-4000-8000-000000000001',
    username: role === 'admin' ? 'admin' : `${role}.user`,
    fullName: role === 'admin' ? 'Quản trị hệ thống' : 'Nguyễn Thị Hoa',
    role,
    unitCode: unitRole ? 'STP' : null,
    unitName: unitRole ? 'Sở Tư pháp' : null,
    areaCodes: [],
    mustChangePassword: false,
    ...overrides,
  };
}

/** A session as after a login: `access-1` valid for 15 minutes, refresh token `rt-1` stored. */
export function signedIn(): void {
  session.start({ accessToken: 'access-1', refreshToken: 'rt-1', expiresIn: 900 });
}

export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <Providers client={createQueryClient()} language="vi">
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}
