import { loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

const HUGE = 'x'.repeat(2 * 1024 * 1024);

/** Bodies an attacker or a broken client sends. None may produce a 5xx, nor leave anything half-written. */
const HOSTILE: Array<{ name: string; body: string; type?: string }> = [
  { name: 'invalid JSON', body: '{"username": "a",' },
  { name: 'JSON null', body: 'null' },
  { name: 'JSON array', body: '[1,2,3]' },
  { name: 'JSON string', body: '"hello"' },
  {
    name: 'wrong types',
    body: JSON.stringify({
      username: 123,
      password: true,
      code: {},
      name: [],
      version: 'x',
      scopes: 'all',
      nodes: 5,
    }),
  },
  { name: 'unknown fields', body: JSON.stringify({ definitelyNotAField: 1, alsoNot: { deep: true } }) },
  {
    name: 'huge strings',
    body: JSON.stringify({ username: HUGE, password: HUGE, code: HUGE, name: HUGE, fullName: HUGE }),
  },
  { name: '__proto__ key', body: '{"__proto__": {"isAdmin": true}, "name": "x"}' },
  { name: 'constructor.prototype', body: '{"constructor": {"prototype": {"isAdmin": true}}}' },
  { name: 'deeply nested', body: '['.repeat(5000) + ']'.repeat(5000) },
  { name: 'not JSON at all', body: 'username=admin&password=x', type: 'application/x-www-form-urlencoded' },
  { name: 'xml', body: '<a>1</a>', type: 'application/xml' },
];

describe('hostile bodies on every write route', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('answer 4xx problem+json, never 5xx', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const failures: string[] = [];
    let sent = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))) {
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        for (const hostile of HOSTILE) {
          const res = await t
            .http()
            [method as 'post'](url)
            .set(admin.auth)
            .set('Content-Type', hostile.type ?? 'application/json')
            .send(hostile.body);
          sent++;
          const problem = String(res.headers['content-type']).startsWith('application/problem+json');
          if (res.status >= 500 || res.status < 400 || !problem || typeof res.body.code !== 'string') {
            failures.push(
              `${method.toUpperCase()} ${path} [${hostile.name}] → ${res.status} ${res.headers['content-type']} ${JSON.stringify(res.body).slice(0, 200)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(100);
    // Every write route × 12 bodies (some of 4 MB), one after the other: minutes on a busy 2-core machine.
  }, 240_000);

  it('leaves nothing behind: no unit, user or key was created by any of them', async () => {
    const units = await t.http().get('/api/v1/units').set(admin.auth).expect(200);
    const users = await t.http().get('/api/v1/users').set(admin.auth).expect(200);
    const keys = await t.http().get('/api/v1/api-keys').set(admin.auth).expect(200);
    expect(units.body.items).toEqual([]);
    expect(users.body.items.map((u: { username: string }) => u.username)).toEqual(['admin']);
    expect(keys.body).toEqual([]);
  });
});
