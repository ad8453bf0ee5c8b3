import { RouteCatalog } from '../../src/auth/route-catalog';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Secure by default, proven: every route's public/role metadata is snapshotted (a route that silently
 * opens shows as a diff), and every non-public operation of the OpenAPI document answers 401 to an
 * anonymous caller, before it reads the body.
 */
/** A route naming one unit's assessment, one of its evidence files (`/evidence/:evidenceId`) or an appeal. */
const NAMES_ONE_UNIT = /:(unitCode|appealId)\b|^\/api\/v1\/evidence\/:evidenceId/;

describe('route security', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('every route declares who may call it (snapshot)', () => {
    const routes = t.app.get(RouteCatalog).routes();
    expect(routes.length).toBeGreaterThan(10);
    expect(
      routes.map(
        (r) =>
          `${r.method.padEnd(6)} ${r.path}  ${r.public ? 'PUBLIC' : r.roles.join(',')}${r.apiKeyScopes.length ? `  key:${r.apiKeyScopes.join(',')}` : ''}${r.scope === 'none' ? '' : `  scope:${r.scope}`}`,
      ),
    ).toMatchSnapshot();
  });

  it('every route naming one unit’s assessment, evidence or appeal is gated to the units the caller may read', () => {
    const routes = t.app.get(RouteCatalog).routes();
    const naming = routes.filter((r) => NAMES_ONE_UNIT.test(r.path));
    expect(naming.length).toBeGreaterThan(10);
    for (const r of naming)
      expect({ route: `${r.method} ${r.path}`, scope: r.scope }).toEqual({
        route: `${r.method} ${r.path}`,
        scope: 'unit',
      });
  });

  it('the OpenAPI document carries each route’s scope (x-scope) as the catalog derives it', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { 'x-scope'?: string }>>;
    };
    for (const r of t.app.get(RouteCatalog).routes()) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[r.method.toLowerCase()];
      if (!operation) continue;
      expect({ route: `${r.method} ${path}`, scope: operation['x-scope'] ?? 'none' }).toEqual({
        route: `${r.method} ${path}`,
        scope: r.scope,
      });
    }
  });

  it('only the design’s public routes are public', () => {
    const publicRoutes = t.app
      .get(RouteCatalog)
      .routes()
      .filter((r) => r.public)
      .map((r) => `${r.method} ${r.path}`);
    for (const route of publicRoutes) {
      expect(route).toMatch(
        /^(GET \/api\/v1\/health|POST \/api\/v1\/auth\/(login|refresh)|\w+ \/api\/v1\/public\/.*)$/,
      );
    }
  });

  it('every non-public operation in the OpenAPI document answers 401 to an anonymous caller', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (Array.isArray(operation.security) && operation.security.length === 0) continue;
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const req = t.http()[method as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
        const res = ['post', 'put', 'patch'].includes(method)
          ? await req.set('Content-Type', 'application/json').send('{"this is": not json')
          : await req;
        expect({ route: `${method.toUpperCase()} ${path}`, status: res.status, code: res.body.code }).toEqual(
          {
            route: `${method.toUpperCase()} ${path}`,
            status: 401,
            code: 'UNAUTHENTICATED',
          },
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('a bad bearer token is 401 TOKEN_INVALID', async () => {
    const res = await t.http().get('/api/v1/units').set('Authorization', 'Bearer abc.def.ghi').expect(401);
    expect(res.body.code).toBe('TOKEN_INVALID');
  });
});
