import { DataSource } from 'typeorm';
import { ApiConventions1797500000000 } from '../../src/database/migrations/1797500000000-api-conventions';
import { createUnit, createUser, loginAdmin, type Session } from '../support/auth';
import { exampleCriteriaSet } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

type Named = { code: string; name: string };

/** Issue 21: the conventions integrators expect of every list and every creating POST. */
describe('API conventions', () => {
  let t: TestApp;
  let admin: Session;
  let setId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    await createUnit(t, admin, 'STP', 'department', 'Sở Tư pháp');
    await createUnit(t, admin, 'STC', 'department', 'Sở Tài chính');
    await createUnit(t, admin, 'SXD', 'department', 'Sở Xây dựng');
    await createUnit(t, admin, 'XDV', 'department', 'UBND xã Đồng Văn');
    await createUnit(t, admin, 'SNV', 'department', 'Sở Nội vụ');
    setId = (
      await t
        .http()
        .post('/api/v1/criteria-sets')
        .set(admin.auth)
        .send(exampleCriteriaSet({ code: 'VD-SO-2026', name: 'Bộ tiêu chí các sở năm 2026' }))
        .expect(201)
    ).body.id as string;
  });
  afterAll(() => t.close());

  const get = (path: string, session: Session = admin) => t.http().get(`/api/v1${path}`).set(session.auth);
  const post = (path: string, body: object, key?: string, session: Session = admin) => {
    const req = t.http().post(`/api/v1${path}`).set(session.auth);
    if (key !== undefined) void req.set('Idempotency-Key', key);
    return req.send(body);
  };
  const codes = (body: { items: Named[] }) => body.items.map((u) => u.code);

  describe('pagination and sorting', () => {
    it('pages a list in one envelope { items, total, limit, offset }', async () => {
      const res = await get('/units?limit=2&offset=1&sort=code').expect(200);
      expect(res.body).toEqual({ items: expect.any(Array), total: 5, limit: 2, offset: 1 });
      expect(codes(res.body)).toEqual(['STC', 'STP']);
      const last = await get('/units?limit=2&offset=4&sort=code').expect(200);
      expect(codes(last.body)).toEqual(['XDV']);
      expect(last.body.total).toBe(5);
      const defaults = await get('/units').expect(200);
      expect(defaults.body).toMatchObject({ total: 5, limit: 50, offset: 0 });
    });

    it('sorts by whitelisted fields, `-` descending, several comma-separated', async () => {
      expect(codes((await get('/units?sort=-code').expect(200)).body)).toEqual([
        'XDV',
        'SXD',
        'STP',
        'STC',
        'SNV',
      ]);
      expect(codes((await get('/units?sort=name').expect(200)).body)[0]).toBe('SNV'); // Sở Nội vụ
      expect(codes((await get('/units?sort=type,-code&limit=1').expect(200)).body)).toEqual(['XDV']);
      const users = await get('/users?sort=-username').expect(200);
      expect(users.body).toMatchObject({ total: 1, offset: 0 });
      const sets = await get('/criteria-sets?sort=-code&limit=10').expect(200);
      expect(sets.body).toMatchObject({ total: 1, limit: 10 });
      const audit = await get('/audit?limit=3&offset=1&sort=action').expect(200);
      expect(audit.body).toMatchObject({ limit: 3, offset: 1, page: 1, pageSize: 3 });
      const actions = audit.body.items.map((e: { action: string }) => e.action);
      expect(actions).toEqual([...actions].sort());
    });

    it('refuses an unknown sort field with 400 SORT_FIELD_UNKNOWN naming the allowed ones', async () => {
      for (const path of [
        '/units?sort=password',
        '/users?sort=passwordHash',
        '/criteria-sets?sort=-x',
        '/periods?sort=name,secret',
        '/audit?sort=ip',
      ]) {
        const res = await get(path).expect(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.code).toBe('SORT_FIELD_UNKNOWN');
        expect(res.body.allowed).toEqual(expect.any(Array));
      }
      expect((await get('/units?limit=501').expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await get('/units?offset=-1').expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await get('/units?sort=code;drop').expect(400)).body.code).toBe('VALIDATION_FAILED');
    });

    it('pages periods, with their unit counts, newest first by default', async () => {
      for (const year of [2024, 2025]) {
        await post('/periods', {
          year,
          name: `Chỉ số CCHC năm ${year}`,
          criteriaSetId: setId,
          units: [{ code: 'STP', group: 'departments' }],
        }).expect(201);
      }
      const res = await get('/periods?limit=1').expect(200);
      expect(res.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
      expect(res.body.items[0]).toMatchObject({ year: 2025, unitCount: 1 });
      const asc = await get('/periods?sort=year').expect(200);
      expect(asc.body.items.map((p: { year: number }) => p.year)).toEqual([2024, 2025]);
      const filtered = await get('/periods?year=2024').expect(200);
      expect(filtered.body.total).toBe(1);
      // A period's assessments page in SQL too, searched without accents.
      const periodId = filtered.body.items[0].id as string;
      const assessments = await get(`/periods/${periodId}/assessments?q=tu%20phap&limit=5`).expect(200);
      expect(assessments.body).toMatchObject({ total: 1, limit: 5, offset: 0 });
      expect(assessments.body.items[0]).toMatchObject({ unitCode: 'STP', status: 'draft' });
      expect((await get(`/periods/${periodId}/assessments?q=xyz`).expect(200)).body.total).toBe(0);
      expect((await get(`/periods/${periodId}/assessments?sort=points`).expect(400)).body.code).toBe(
        'SORT_FIELD_UNKNOWN',
      );
    });
  });

  describe('accent-insensitive, Vietnamese-aware search', () => {
    it.each(['Tu phap', 'tư pháp', 'TU PHAP', 'Tư Pháp', 'u ph'])('"%s" finds Sở Tư pháp', async (q) => {
      const res = await get(`/units?q=${encodeURIComponent(q)}`).expect(200);
      expect(codes(res.body)).toEqual(['STP']);
    });

    it('đ/Đ is d: "Đồng" and "dong" find UBND xã Đồng Văn', async () => {
      for (const q of ['Đồng', 'dong', 'DONG VAN', 'đồng văn']) {
        expect(codes((await get(`/units?q=${encodeURIComponent(q)}`).expect(200)).body)).toEqual(['XDV']);
      }
      expect(codes((await get(`/units?q=${encodeURIComponent('Sở')}&sort=code`).expect(200)).body)).toEqual([
        'SNV',
        'STC',
        'STP',
        'SXD',
      ]);
      // `%` and `_` are literal, not wildcards.
      expect((await get('/units?q=%25').expect(200)).body.total).toBe(0);
    });

    it('searches users, criteria sets and periods the same way', async () => {
      await createUser(t, admin, 'viewer', { username: 'nguyen.duc' }).then(async (user) => {
        await t
          .http()
          .patch(`/api/v1/users/${user.id}`)
          .set(admin.auth)
          .send({ fullName: 'Nguyễn Văn Đức', version: 1 });
      });
      const users = await get(`/users?q=${encodeURIComponent('van duc')}`).expect(200);
      expect(users.body.items.map((u: { username: string }) => u.username)).toEqual(['nguyen.duc']);
      const sets = await get(`/criteria-sets?q=${encodeURIComponent('cac so nam 2026')}`).expect(200);
      expect(codes(sets.body)).toEqual(['VD-SO-2026']);
      const periods = await get(`/periods?q=${encodeURIComponent('chi so cchc nam 2024')}`).expect(200);
      expect(periods.body.items.map((p: { year: number }) => p.year)).toEqual([2024]);
    });
  });

  describe('codes unique ignoring case, lookups by code', () => {
    it('refuses `stp` beside `STP` with 409 naming the existing code, and finds `STP` by `stp`', async () => {
      const res = await post('/units', { code: 'stp', name: 'Trùng', type: 'department' }).expect(409);
      expect(res.body).toMatchObject({
        code: 'UNIT_CODE_TAKEN',
        existingCode: 'STP',
        existing: '/api/v1/units/STP',
      });
      expect((await get('/units/stp').expect(200)).body).toMatchObject({ code: 'STP', name: 'Sở Tư pháp' });
      expect(codes((await get('/units?code=sTp').expect(200)).body)).toEqual(['STP']);
      const type = await post('/unit-types', { code: 'DEPARTMENT', nameVi: 'Sở', nameEn: 'Dept' }).expect(
        409,
      );
      expect(type.body).toMatchObject({ code: 'UNIT_TYPE_TAKEN', existingCode: 'department' });
    });

    it('a repeated criteria-set import is 409 with the existing set’s id and link; sets are found by code', async () => {
      for (const code of ['VD-SO-2026', 'vd-so-2026']) {
        const res = await post('/criteria-sets', exampleCriteriaSet({ code })).expect(409);
        expect(res.body).toMatchObject({
          code: 'CRITERIA_SET_CODE_TAKEN',
          existingId: setId,
          existingCode: 'VD-SO-2026',
          existing: `/api/v1/criteria-sets/${setId}`,
        });
      }
      expect((await get('/criteria-sets/by-code/vd-so-2026').expect(200)).body).toMatchObject({
        id: setId,
        code: 'VD-SO-2026',
      });
      expect((await get('/criteria-sets/by-code/NOPE').expect(404)).body.code).toBe('NOT_FOUND');
      expect((await get('/criteria-sets?code=Vd-So-2026').expect(200)).body.items[0].id).toBe(setId);
      const clone = await post(`/criteria-sets/${setId}/clone`, { code: 'vd-SO-2026', year: 2027 }).expect(
        409,
      );
      expect(clone.body.existingId).toBe(setId);
    });

    it('the migration stops, naming them, when codes differ only in case', async () => {
      const owner = new DataSource({ type: 'postgres', url: t.ownerUrl });
      await owner.initialize();
      const runner = owner.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`DROP INDEX "UQ_unit_code_ci"`);
        await runner.query(
          `INSERT INTO unit (code, name, type_code) VALUES ('stp', 'x', 'department'), ('Stp', 'y', 'department')`,
        );
        await expect(new ApiConventions1797500000000().up(runner)).rejects.toThrow(
          /unit\.code must be unique ignoring case.*STP = Stp = stp/,
        );
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
        await owner.destroy();
      }
    });
  });

  describe('Idempotency-Key', () => {
    const period = (name: string) => ({
      year: 2030,
      name,
      criteriaSetId: setId,
      units: [{ code: 'STC', group: 'departments' }],
    });
    const periodsNamed = async (name: string) =>
      Number((await t.dataSource.query(`SELECT count(*) AS n FROM period WHERE name = $1`, [name]))[0].n);

    it('a retried POST /periods answers the first result (status, body, Location) and creates one period', async () => {
      const first = await post('/periods', period('Kỳ thử lại'), 'retry-1').expect(201);
      const again = await post('/periods', period('Kỳ thử lại'), 'retry-1').expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.location).toBe(`/api/v1/periods/${first.body.id}`);
      expect(first.headers.location).toBe(again.headers.location);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(await periodsNamed('Kỳ thử lại')).toBe(1);
      // Without a key a POST is not deduplicated.
      await post('/periods', period('Kỳ thử lại')).expect(201);
      expect(await periodsNamed('Kỳ thử lại')).toBe(2);
    });

    it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED', async () => {
      await post('/periods', period('Kỳ A'), 'reuse-1').expect(201);
      const res = await post('/periods', period('Kỳ B'), 'reuse-1').expect(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await periodsNamed('Kỳ B')).toBe(0);
    });

    it('keys are per caller: another user’s same key runs their own request', async () => {
      const other = await createUser(t, admin, 'admin');
      await post('/units', { code: 'SCT', name: 'Sở Công Thương', type: 'department' }, 'mine').expect(201);
      const theirs = await post(
        '/units',
        { code: 'SCT', name: 'Sở Công Thương', type: 'department' },
        'mine',
        other.session,
      );
      expect(theirs.status).toBe(409);
      expect(theirs.body.code).toBe('UNIT_CODE_TAKEN');
    });

    it('a failed request stores nothing: the retry runs', async () => {
      await post('/units', { code: 'SYT', name: 'Sở Y tế', type: 'no-such-type' }, 'fail-1').expect(422);
      await post('/units', { code: 'SYT', name: 'Sở Y tế', type: 'department' }, 'fail-1').expect(201);
    });

    it('two concurrent requests with one key: one runs, the other replays it or is 409 IN_PROGRESS', async () => {
      const body = exampleCriteriaSet({ code: 'CONC-1' });
      const [a, b] = await Promise.all([
        post('/criteria-sets', body, 'race-1'),
        post('/criteria-sets', body, 'race-1'),
      ]);
      const statuses = [a.status, b.status].sort();
      expect([
        [201, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      const loser = a.headers['idempotent-replayed'] || a.status === 409 ? a : b;
      if (loser.status === 409) expect(loser.body.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
      else expect(loser.body).toEqual((loser === a ? b : a).body);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*) AS n FROM criteria_set WHERE code = 'CONC-1'`,
      );
      expect(Number(n)).toBe(1);
    });

    it('expires after 24 hours', async () => {
      await post('/units', { code: 'SGD', name: 'Sở Giáo dục', type: 'department' }, 'ttl-1').expect(201);
      t.clock.advance(24 * 60 * 60 * 1000 + 60_000);
      try {
        // A day later the key is free again: another request with it runs.
        await post('/units', { code: 'SKH', name: 'Sở Kế hoạch', type: 'department' }, 'ttl-1').expect(201);
      } finally {
        t.clock.advance(-(24 * 60 * 60 * 1000 + 60_000));
      }
    });

    it('refuses a malformed key, and documents the header on the creating operations', async () => {
      expect(
        (await post('/units', { code: 'SLD', name: 'x', type: 'department' }, 'x'.repeat(201)).expect(400))
          .body.code,
      ).toBe('BAD_REQUEST');
      const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
        paths: Record<
          string,
          Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>
        >;
      };
      for (const [path, method] of [
        ['/api/v1/periods', 'post'],
        ['/api/v1/criteria-sets', 'post'],
        ['/api/v1/criteria-sets/import.xlsx', 'post'],
        ['/api/v1/units', 'post'],
        ['/api/v1/periods/{id}/survey/forms', 'post'],
        ['/api/v1/periods/{id}/survey/forms/import', 'post'],
      ]) {
        const op = doc.paths[path][method];
        expect(op.parameters).toContainEqual(
          expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
        );
        expect(JSON.stringify(op.responses['422'] ?? {})).toContain('IDEMPOTENCY_KEY_REUSED');
      }
      const list = doc.paths['/api/v1/units'].get.parameters?.map((p) => p.name);
      expect(list).toEqual(expect.arrayContaining(['limit', 'offset', 'sort', 'q', 'code']));
    });
  });
});
