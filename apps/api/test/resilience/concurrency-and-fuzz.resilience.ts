import { randomUUID } from 'node:crypto';
import { exampleCriteriaSet } from '../support/criteria-set';
import {
  call,
  login,
  makeDataDir,
  startApiOn,
  startTestPostgres,
  type Answer,
  type TestPostgres,
} from './support';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/** A small seeded PRNG (mulberry32): the same 2,000 requests on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

describe('concurrency and malformed input on the running API', () => {
  let pg: TestPostgres;
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  let started: Awaited<ReturnType<typeof startApiOn>>;
  let base: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    pg = await startTestPostgres();
    data = await makeDataDir('par-resilience-fuzz-');
    started = await startApiOn(data.dir, pg);
    base = started.base;
    auth = await login(base);
  });
  afterAll(async () => {
    if (started && started.api.child.exitCode === null) await started.api.interrupt();
    await pg?.destroy();
    await data?.remove();
  });

  const statuses = (answers: Answer[]) =>
    answers.reduce<Record<number, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {});

  it('50 concurrent edits of one national standing with the same version: exactly one wins, 49 get 409 STALE_VERSION', async () => {
    const created = await call(base, 'POST', '/national-standing', {
      headers: auth,
      body: { year: 2023, indexCode: 'SIPAS', value: 80 },
    });
    expect(created.status).toBe(201);
    const { id, version } = created.body as { id: string; version: number };
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(base, 'PATCH', `/national-standing/${id}`, { headers: auth, body: { version, value: 81 + i } }),
      ),
    );
    expect(statuses(answers)).toEqual({ 200: 1, 409: 49 });
    for (const loser of answers.filter((a) => a.status === 409))
      expect(loser.body).toMatchObject({ code: 'STALE_VERSION', status: 409 });
    const winner = answers.find((a) => a.status === 200)!.body as { value: number; version: number };
    expect(winner.version).toBe(version + 1);
    // The stored row is the winner's, once: one version step and one audit entry.
    const [row] = await pg.query<{ value_milli: number; version: number }>(
      'SELECT value_milli, version FROM national_standing WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ value_milli: winner.value * 1000, version: version + 1 });
    const audits = await pg.query(
      `SELECT 1 FROM audit_log WHERE action = 'national_standing.update' AND entity_id = $1`,
      [id],
    );
    expect(audits).toHaveLength(1);
  });

  it('50 concurrent creates of the same year, index and area: one 201, 49 get 409 STANDING_EXISTS', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(base, 'POST', '/national-standing', {
          headers: auth,
          body: { year: 2022, indexCode: 'PAPI', areaCode: '7', value: 10 + i },
        }),
      ),
    );
    expect(statuses(answers)).toEqual({ 201: 1, 409: 49 });
    for (const loser of answers.filter((a) => a.status === 409))
      expect(loser.body).toMatchObject({ code: 'STANDING_EXISTS' });
    const rows = await pg.query(`SELECT 1 FROM national_standing WHERE year = 2022 AND index_code = 'PAPI'`);
    expect(rows).toHaveLength(1);
  });

  it('50 concurrent edits of one unit with the same version: exactly one wins', async () => {
    const created = await call(base, 'POST', '/units', {
      headers: auth,
      body: { code: 'SO-NOI-VU', name: 'Sở Nội vụ', type: 'department' },
    });
    expect(created.status).toBe(201);
    const { version } = created.body as { version: number };
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(base, 'PATCH', '/units/SO-NOI-VU', { headers: auth, body: { version, name: `Sở Nội vụ ${i}` } }),
      ),
    );
    expect(statuses(answers)).toEqual({ 200: 1, 409: 49 });
    for (const loser of answers.filter((a) => a.status === 409))
      expect(loser.body).toMatchObject({ code: 'STALE_VERSION' });
    const winner = answers.find((a) => a.status === 200)!.body as { name: string };
    const [row] = await pg.query<{ name: string; version: number }>(
      `SELECT name, version FROM unit WHERE code = 'SO-NOI-VU'`,
    );
    expect(row).toEqual({ name: winner.name, version: version + 1 });
  });

  it('50 concurrent writers of the same assessment leaf with the same version: exactly one wins, twice in a row', async () => {
    const units = ['STP', 'STC', 'SXD', 'SNV'];
    for (const code of units) {
      const unit = await call(base, 'POST', '/units', {
        headers: auth,
        body: { code, name: `Đơn vị ${code}`, type: 'department' },
      });
      expect(unit.status).toBe(201);
    }
    const set = await call(base, 'POST', '/criteria-sets', {
      headers: auth,
      body: exampleCriteriaSet({ code: 'VD-BEN-VUNG' }),
    });
    expect(set.status).toBe(201);
    const period = await call(base, 'POST', '/periods', {
      headers: auth,
      body: {
        year: 2026,
        name: 'Chỉ số CCHC năm 2026',
        criteriaSetId: (set.body as { id: string }).id,
        units: units.map((code) => ({ code, group: 'departments' })),
      },
    });
    expect(period.status).toBe(201);
    const periodId = (period.body as { id: string }).id;
    const moved = await call(base, 'POST', `/periods/${periodId}/state`, {
      headers: auth,
      body: { state: 'self_assessment' },
    });
    expect(moved.status).toBe(200);

    const item = `/periods/${periodId}/assessments/STC/items/2.1`;
    for (const version of [0, 1]) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call(base, 'PUT', item, {
            headers: auth,
            body: { version, input: { numerator: 100 + i, denominator: 200 } },
          }),
        ),
      );
      expect(statuses(answers)).toEqual({ 200: 1, 409: 49 });
      for (const loser of answers.filter((a) => a.status === 409))
        expect(loser.body).toMatchObject({ code: 'STALE_VERSION' });
      const winner = answers.find((a) => a.status === 200)!.body as {
        version: number;
        self: { input: unknown };
      };
      expect(winner.version).toBe(version + 1);
      const rows = await pg.query<{ version: number; self_input: unknown }>(
        `SELECT i.version, i.self_input FROM assessment_item i WHERE i.leaf_code = '2.1'`,
      );
      expect(rows).toEqual([{ version: version + 1, self_input: winner.self.input }]);
    }
  });

  it('2,000 generated malformed requests over the write routes: zero 5xx', async () => {
    const docs = await call(base.replace(/\/api\/v1$/, ''), 'GET', '/api/docs-json');
    const doc = docs.body as OpenApi;
    // A fixed seed in CI (the same requests every run); PAR_FUZZ_SEED tries others locally.
    const rng = prng(Number(process.env.PAR_FUZZ_SEED ?? 20_231));
    const resolve = (schema: Schema | undefined, depth = 0): Schema => {
      if (!schema || depth > 8) return {};
      if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!], depth + 1);
      const combined = schema.allOf ?? schema.oneOf ?? schema.anyOf;
      if (combined?.length) return resolve(combined[0], depth + 1);
      return schema;
    };
    const HUGE = 'ư'.repeat(200_000);
    const junkValues: unknown[] = [
      null,
      true,
      -1,
      0,
      1e308,
      -1e308,
      2 ** 53 + 1,
      1e20,
      1.23456789,
      '',
      ' ',
      'x\u0000y',
      '\uD800',
      '💥'.repeat(300),
      HUGE,
      'NaN',
      '1e999',
      "'; DROP TABLE unit; --",
      '../../../etc/passwd',
      '2024-02-30',
      '0000-00-00T00:00:00Z',
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      [],
      [null, 1, 'a', {}],
      {},
      { $gt: '' },
      { __proto__: { polluted: true } },
      { constructor: { prototype: { polluted: true } } },
      Array.from({ length: 5_000 }, (_, i) => i),
    ];
    const deep = (n: number): unknown => (n === 0 ? 'end' : { a: [deep(n - 1)] });
    /** A value of the right shape, to mutate one part of. */
    const sample = (raw: Schema | undefined, depth = 0): unknown => {
      const schema = resolve(raw);
      if (schema.enum?.length) return schema.enum[0];
      switch (schema.type) {
        case 'integer':
          return 1;
        case 'number':
          return 1.5;
        case 'boolean':
          return true;
        case 'array':
          return depth > 3 ? [] : [sample(schema.items, depth + 1)];
        case 'object': {
          const out: Record<string, unknown> = {};
          if (depth > 3) return out;
          for (const [key, prop] of Object.entries(schema.properties ?? {}))
            if (schema.required?.includes(key) || rng.next() < 0.5) out[key] = sample(prop, depth + 1);
          return out;
        }
        default:
          return schema.format === 'uuid'
            ? randomUUID()
            : schema.format === 'date-time'
              ? '2025-01-01T00:00:00Z'
              : 'x';
      }
    };
    const mutate = (schema: Schema, value: unknown): unknown => {
      const resolved = resolve(schema);
      const kind = rng.int(10);
      if (kind === 0) return rng.pick(junkValues); // the whole body replaced
      if (kind === 1) return deep(40 + rng.int(200));
      if (!value || typeof value !== 'object' || Array.isArray(value)) return rng.pick(junkValues);
      const object = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(resolved.properties ?? {});
      if (keys.length === 0) return { ...object, junk: rng.pick(junkValues) };
      const key = rng.pick(keys);
      const prop = resolve(resolved.properties![key]);
      switch (kind) {
        case 2:
          delete object[key]; // a (maybe required) field missing
          return object;
        case 3:
          object[key] = prop.enum ? 'NOT_A_VALUE' : prop.type === 'string' ? 12345 : 'wrong type';
          return object;
        case 4:
          object[key] = HUGE;
          return object;
        case 5:
          object[key] = prop.format === 'uuid' ? 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' : deep(30);
          return object;
        case 6:
          object[key] =
            prop.type === 'array'
              ? Array.from({ length: 20_000 }, () => rng.pick(junkValues.slice(0, 12)))
              : [{ ...object }];
          return object;
        default:
          object[key] = rng.pick(junkValues);
          if (rng.next() < 0.3) object[`extra${rng.int(5)}`] = rng.pick(junkValues);
          return object;
      }
    };
    const pathValues = [
      () => randomUUID(),
      () => 'not-a-uuid',
      () => 'SO-NOI-VU',
      () => '1',
      () => '%00',
      () => encodeURIComponent('x\u0000y'),
      () => 'a'.repeat(3000),
      () => encodeURIComponent('💥/../..'),
      () => '-1',
      () => '00000000-0000-0000-0000-000000000000',
    ];
    const routes: { method: string; path: string; contentTypes: string[]; schema?: Schema }[] = [];
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        // Signing out, refreshing and changing the password would end the session the fuzz runs with.
        if (/\/auth\/(logout|refresh|password)$/.test(path)) continue;
        const content = operation.requestBody?.content ?? {};
        routes.push({
          method: method.toUpperCase(),
          path: path.replace(/^\/api\/v1/, ''),
          contentTypes: Object.keys(content),
          schema: content['application/json']?.schema,
        });
      }
    expect(routes.length).toBeGreaterThan(50);

    const requests: (() => Promise<{ label: string; answer: Answer }>)[] = [];
    for (let i = 0; i < 2_000; i += 1) {
      const route = routes[i % routes.length];
      const path = route.path.replace(/\{[^}]+\}/g, () => rng.pick(pathValues)());
      const query =
        rng.next() < 0.15
          ? `?version=${rng.pick(['x', '-1', '1e99', '', '1.5'])}&provisional=maybe&replace=2`
          : '';
      const headers: Record<string, string> =
        rng.next() < 0.08 ? { authorization: 'Bearer junk.token.here' } : { ...auth };
      const shape = rng.int(12);
      let raw: string | undefined;
      if (shape === 0) {
        headers['content-type'] = 'application/json';
        raw = rng.pick(['{"a":', '{', '[1,2', 'nul', '{"version": 01}', '\u0000', '{"a":"\\ud800"}', '{}}']);
      } else if (shape === 1) {
        headers['content-type'] = rng.pick([
          'text/plain',
          'application/xml',
          'multipart/form-data',
          'application/x-www-form-urlencoded',
        ]);
        raw = rng.pick(['a=1&b=2', '<x/>', '--x\r\nbroken', 'plain text']);
      } else if (shape === 2 && route.contentTypes.some((t) => t !== 'application/json')) {
        headers['content-type'] = rng.pick(route.contentTypes.filter((t) => t !== 'application/json'));
        raw = rng.pick([
          'year,index\n2024,',
          'PK\u0003\u0004garbage',
          '',
          '\u0000\u0001\u0002',
          'a,b,c\n"unterminated',
        ]);
      } else {
        headers['content-type'] = 'application/json';
        raw = JSON.stringify(
          mutate(route.schema ?? { type: 'object' }, sample(route.schema ?? { type: 'object' })),
        );
      }
      const label = `${route.method} ${path.slice(0, 120)}${query} ${headers['content-type']} ${(raw ?? '').slice(0, 120)}`;
      requests.push(async () => ({
        label,
        answer: await call(base, route.method, `${path}${query}`, { headers, raw, timeoutMs: 60_000 }),
      }));
    }
    const results: { label: string; answer: Answer }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests.length) {
          const job = requests[next++];
          results.push(await job());
        }
      }),
    );
    expect(results).toHaveLength(2_000);
    const failures = results
      .filter((r) => r.answer.status >= 500 || r.answer.status === 0)
      .map((r) => `${r.answer.status} ${r.label} → ${JSON.stringify(r.answer.body).slice(0, 200)}`);
    expect(failures).toEqual([]);
    // Every refusal is a problem document with a code.
    const notProblem = results.filter(
      (r) => r.answer.status >= 400 && !/^application\/problem\+json/.test(r.answer.type),
    );
    expect(notProblem.map((r) => `${r.answer.status} ${r.label}`)).toEqual([]);
    // The API is still up and healthy after all that.
    expect((await call(base, 'GET', '/health')).status).toBe(200);
  });
});
