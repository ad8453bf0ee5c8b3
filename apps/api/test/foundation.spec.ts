import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppSetting } from '../src/database/app-setting.entity';
import { pendingSchemaChanges } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestApp, type TestApp } from './support/test-app';

describe('foundation: the whole app on a real PostgreSQL', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'par-web-'));
    await mkdir(join(webDist, 'assets'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><div id="root">PAR SPA</div>');
    await writeFile(join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await createTestApp({ webDistDir: webDist });
  });

  afterAll(async () => {
    await t.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('applies every migration and reads through TypeORM', async () => {
    const applied = await t.dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    const installation = await t.dataSource
      .getRepository(AppSetting)
      .findOneByOrFail({ key: 'installation' });
    expect(installation.value).toEqual(
      expect.objectContaining({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
    );
  });

  it('has no drift between entities and migrations (migration:generate --check)', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
  });

  it('answers health with the database up', async () => {
    const res = await t.http().get('/api/v1/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names every request itself: a client X-Request-Id is not taken', async () => {
    const given = await t.http().get('/api/v1/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await t.http().get('/api/v1/health').set('X-Request-Id', 'a b<script>');
    expect(bad.headers['x-request-id']).not.toBe('a b<script>');
  });

  it('serves the OpenAPI document with bearer and X-API-Key schemes, health public', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      'api-key': { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    });
    expect(res.body.paths['/api/v1/health'].get.security).toEqual([]);
    const ui = await t.http().get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('answers an unknown API route with problem+json, never the SPA', async () => {
    for (const path of ['/api/v1/nope', '/api/anything', '/api']) {
      const res = await t.http().get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        status: 404,
        code: 'ROUTE_NOT_FOUND',
        title: 'Không có đường dẫn này',
      });
      expect(res.body.messages.en).toBe('No such route');
    }
    const post = await t.http().post('/api/v1/nope').send({}).expect(404);
    expect(post.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('speaks English when the client prefers it', async () => {
    const res = await t.http().get('/api/v1/nope').set('Accept-Language', 'en-US,en;q=0.9,vi;q=0.5');
    expect(res.body.title).toBe('No such route');
    expect(res.body.messages.vi).toBe('Không có đường dẫn này');
    // The body depends on Accept-Language: a shared cache must not serve it to a Vietnamese reader.
    expect(res.headers.vary).toMatch(/(^|,)\s*Accept-Language\s*(,|$)/i);
  });

  it('serves the SPA at / and falls back to index.html for client-side routes', async () => {
    const root = await t.http().get('/').expect(200);
    expect(root.text).toContain('PAR SPA');
    const deep = await t.http().get('/periods/12/assessments?tab=2').expect(200);
    expect(deep.text).toContain('PAR SPA');
    expect(deep.headers['content-type']).toMatch(/text\/html/);
    const asset = await t.http().get('/assets/app-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await t.http().get('/assets/missing-file.js').expect(404);
  });

  it('serves SPA files built after start (a rebuilt SPA), never anything outside its folder', async () => {
    await writeFile(join(webDist, 'assets', 'new-build-xyz.js'), 'console.log(2)');
    const fresh = await t.http().get('/assets/new-build-xyz.js').expect(200);
    expect(fresh.text).toBe('console.log(2)');
    for (const path of [
      '/..%2f..%2f..%2fetc%2fpasswd.txt',
      '/assets/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/hosts.txt',
    ]) {
      const res = await t.http().get(path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.text).not.toMatch(/root:|"name"|localhost/);
    }
  });

  it('sends security headers (helmet)', async () => {
    const res = await t.http().get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
