import { RouteCatalog } from '../../src/auth/route-catalog';
import { createUser, type CreatedUser } from '../support/auth';
import { pdfBytes } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/**
 * Appraisal assignments (issue 19): an appraiser reads and writes only the units and areas assigned to
 * them in the period, never their own unit; finalize and bonus/penalty belong to whoever covers the whole unit.
 */
describe('appraisal assignments', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let secretary: CreatedUser; // every area of STP and STC
  let area1: CreatedUser; // area 1 of STP
  let outsider: CreatedUser; // area 2 of SXD only
  let fromStp: CreatedUser; // belongs to STP, every unit
  let stpEditor: CreatedUser;
  let evidenceUrl: string;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const assignments = () => `${base()}/appraisal-assignments`;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-12-01T03:00:00Z'));
    w = await exampleWorld(t, { deadlines: { selfAssessment: '2026-12-15T17:00:00+07:00' } });
    secretary = await createUser(t, w.admin, 'appraiser', { unitCode: 'SNV', areaCodes: ['*'] });
    area1 = await createUser(t, w.admin, 'appraiser', { unitCode: 'SNV', areaCodes: ['*'] });
    outsider = await createUser(t, w.admin, 'appraiser', { areaCodes: ['*'] });
    fromStp = await createUser(t, w.admin, 'appraiser', { unitCode: 'STP', areaCodes: ['*'] });
    stpEditor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    await t
      .http()
      .put(`${base()}/assessments/STP/items/1.1`)
      .set(stpEditor.session.auth)
      .send({ version: 0, input: { value: true } })
      .expect(200);
    evidenceUrl = (
      await t
        .http()
        .post(`${base()}/assessments/STP/items/1.1/evidence`)
        .set(stpEditor.session.auth)
        .attach('file', pdfBytes(), 'a.pdf')
        .expect(201)
    ).body.url;
  });
  afterAll(() => t.close());

  it('the admin sets them; a unit of one’s own, an unknown area or a non-appraiser is refused, all at once', async () => {
    const unitHead = await createUser(t, w.admin, 'unit_head', { unitCode: 'STC' });
    const bad = await t
      .http()
      .put(assignments())
      .set(w.admin.auth)
      .send({
        assignments: [
          { username: fromStp.username, unitCodes: ['STP'] },
          { username: unitHead.username },
          { username: area1.username, areaCodes: ['9'] },
        ],
      })
      .expect(422);
    expect(bad.body.code).toBe('ASSIGNMENTS_INVALID');
    expect(bad.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'NOT_AN_APPRAISER',
      'OWN_UNIT',
      'UNKNOWN_AREA',
    ]);
    await t.http().put(assignments()).set(secretary.session.auth).send({ assignments: [] }).expect(403);
    const res = await t
      .http()
      .put(assignments())
      .set(w.admin.auth)
      .send({
        assignments: [
          { username: secretary.username, unitCodes: ['STP', 'STC'] },
          { username: area1.username, areaCodes: ['1'], unitCodes: ['STP'] },
          { username: outsider.username, areaCodes: ['2'], unitCodes: ['SXD'] },
          { username: fromStp.username },
        ],
      })
      .expect(200);
    expect(res.body.find((row: { username: string }) => row.username === secretary.username)).toMatchObject({
      areaCodes: [],
      unitCodes: ['STP', 'STC'],
      wholeUnit: true,
    });
    const listed = await t.http().get(assignments()).set(w.admin.auth).expect(200);
    expect(listed.body).toHaveLength(4);
    // Appraisal opens: every unit's self-assessment is locked as it is.
    t.clock.setNow(new Date('2026-12-16T00:00:00Z'));
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'appraisal' }).expect(200);
  });

  /**
   * The routes on assessment data, taken from the application's own route table (so a route added later is
   * walked without editing this test): everything under a period's assessments, appraisal (queue,
   * assignments), indicators, results and appeals, every evidence route, and any route naming a unit's
   * assessment, a leaf, an evidence file or an appeal.
   */
  const assessmentRoutes = () =>
    t.app
      .get(RouteCatalog)
      .routes()
      .filter(
        (r) =>
          /^\/api\/v1\/(periods\/:id\/(assessments|appraisal|indicators|results|appeals)|evidence)(\/|$|-)/.test(
            r.path,
          ) || /:(unitCode|leafCode|evidenceId|appealId)\b/.test(r.path),
      );
  /** A minimal valid body per write (any other write gets `{}`; the scope gate comes before validation). */
  const bodies: Record<string, object> = {
    'PUT /api/v1/periods/:id/assessments/:unitCode/items/:leafCode': { version: 1, accept: true },
    'PUT /api/v1/periods/:id/assessments/:unitCode/adjustments': { version: 1, bonus: 0.5, penalty: 0 },
    'POST /api/v1/periods/:id/assessments/:unitCode/reopen': { reason: 'thử' },
    'POST /api/v1/periods/:id/assessments/import': {
      format: 'par-index.assessments/v1',
      criteriaSet: 'SO-2026',
      units: [{ code: 'STP', items: { '1.1': { value: false } } }],
    },
    'PUT /api/v1/periods/:id/appraisal-assignments': { assignments: [] },
    'POST /api/v1/periods/:id/appraisal/bulk-accept': {
      items: [{ unitCode: 'STP', leafCode: '1.1', version: 1 }],
    },
    'POST /api/v1/periods/:id/assessments/bulk-finalize': { unitCodes: ['STP'] },
    'PUT /api/v1/periods/:id/indicators': { items: [] },
    'POST /api/v1/periods/:id/appeals/:appealId/decisions': {
      version: 1,
      leaves: [{ leafCode: '1.1', outcome: 'rejected', reason: 'Không đủ căn cứ' }],
    },
    'POST /api/v1/periods/:id/appeals': {
      unitCode: 'STP',
      leaves: [{ leafCode: '1.1', reason: 'Đề nghị xem xét lại' }],
    },
  };

  const BULK_ROUTES = new Set([
    'POST /api/v1/periods/:id/appraisal/bulk-accept',
    'POST /api/v1/periods/:id/assessments/bulk-finalize',
  ]);

  it('an appraiser outside the assignment gets 403/404 on every route of the unit’s assessment, and lists without it', async () => {
    const routes = assessmentRoutes();
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    // The derivation finds the routes known today (a guard against a filter that silently matches nothing).
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /api/v1/periods/:id/assessments',
        'GET /api/v1/periods/:id/appraisal-queue',
        'GET /api/v1/periods/:id/assessments/:unitCode',
        'GET /api/v1/periods/:id/assessments/:unitCode/completeness',
        'PUT /api/v1/periods/:id/assessments/:unitCode/items/:leafCode',
        'POST /api/v1/periods/:id/assessments/:unitCode/items/:leafCode/evidence',
        'POST /api/v1/periods/:id/assessments/:unitCode/submit',
        'POST /api/v1/periods/:id/assessments/:unitCode/explanation/submit',
        'POST /api/v1/periods/:id/assessments/:unitCode/finalize',
        'POST /api/v1/periods/:id/assessments/:unitCode/reopen',
        'PUT /api/v1/periods/:id/assessments/:unitCode/adjustments',
        'GET /api/v1/periods/:id/assessments/:unitCode/export.xlsx',
        'GET /api/v1/periods/:id/assessments/:unitCode/export.pdf',
        'POST /api/v1/periods/:id/assessments/import',
        'PUT /api/v1/periods/:id/appraisal-assignments',
        'GET /api/v1/evidence/:evidenceId',
        'DELETE /api/v1/evidence/:evidenceId',
        'GET /api/v1/periods/:id/results',
        'GET /api/v1/periods/:id/appeals',
        'GET /api/v1/periods/:id/appeals/:appealId',
      ]),
    );
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const evidenceId = evidenceUrl.split('/').pop()!;
    const outcomes: string[] = [];
    for (const route of routes) {
      const url = route.path
        .replace(':id', w.periodId)
        .replace(':unitCode', 'STP')
        .replace(':leafCode', '1.1')
        .replace(':evidenceId', evidenceId)
        .replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
      const key = `${route.method} ${route.path}`;
      // A route naming one unit is gated by the unit-scope guard (what the route catalog reads).
      if (/:(unitCode|appealId)\b|^\/api\/v1\/evidence\/:evidenceId/.test(route.path))
        expect({ key, scope: route.scope }).toEqual({ key, scope: 'unit' });
      for (const user of [outsider, fromStp]) {
        let req = t.http()[route.method.toLowerCase() as 'get'](url).set(user.session.auth);
        if (route.path.endsWith('/evidence')) req = req.attach('file', pdfBytes(), 'a.pdf');
        else if (route.method !== 'GET' && route.method !== 'DELETE') req = req.send(bodies[key] ?? {});
        const res = await req;
        if ([403, 404].includes(res.status)) {
          outcomes.push(`${key} ${res.status}`);
          continue;
        }
        // The bulk routes answer per item: every item the outsider named is refused (as the single routes
        // would refuse it, 403/404 codes), nothing is written, and no other unit appears.
        if (BULK_ROUTES.has(key)) {
          expect({ key, status: res.status, done: res.body.done }).toEqual({ key, status: 200, done: 0 });
          for (const item of res.body.items as { outcome: string; code: string }[])
            expect({ key, outcome: item.outcome, code: item.code }).toEqual({
              key,
              outcome: 'refused',
              code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|LEAF_NOT_IN_SCOPE|UNIT_NOT_IN_SCOPE)$/),
            });
          outcomes.push(`${key} 200 all refused`);
          continue;
        }
        // Only a list narrowed to the caller's coverage may answer, and never with the unit in it.
        expect({ key, status: res.status, scope: route.scope }).toEqual({
          key,
          status: 200,
          scope: 'assignment',
        });
        expect({ key, leaks: JSON.stringify(res.body).includes('"STP"') }).toEqual({ key, leaks: false });
        outcomes.push(`${key} 200 without STP`);
      }
    }
    expect(outcomes.filter((o) => / 40[34]$/.test(o)).length).toBeGreaterThanOrEqual(2 * 20);
    // Nothing changed: the unit's leaf is as its editor left it.
    const view = await t.http().get(`${base()}/assessments/STP`).set(w.admin.auth).expect(200);
    expect(view.body.bonus).toBe(0);
  });

  it('an appraiser outside the assignment opens none of the unit’s files, and its list and queue leave it out', async () => {
    await t.http().get(evidenceUrl).set(outsider.session.auth).expect(404);
    await t.http().get(evidenceUrl).set(fromStp.session.auth).expect(404);
    await t.http().get(evidenceUrl).set(area1.session.auth).expect(200);
    const list = await t.http().get(`${base()}/assessments`).set(outsider.session.auth).expect(200);
    expect(list.body.items.map((row: { unitCode: string }) => row.unitCode)).toEqual(['SXD']);
    expect(list.body.total).toBe(1);
    const own = await t.http().get(`${base()}/assessments`).set(fromStp.session.auth).expect(200);
    expect(own.body.items.map((row: { unitCode: string }) => row.unitCode)).not.toContain('STP');
    expect(own.body.items).toHaveLength(4);
    expect(own.body.total).toBe(4);
    const queue = await t.http().get(`${base()}/appraisal-queue`).set(outsider.session.auth).expect(200);
    expect(new Set(queue.body.items.map((row: { unitCode: string }) => row.unitCode))).toEqual(
      new Set(['SXD']),
    );
    expect(queue.body.items.map((row: { leafCode: string }) => row.leafCode).sort()).toEqual(['2.1', '2.2']);
  });

  it('an area appraiser works on their area of the unit only, and neither finalizes nor sets bonus/penalty', async () => {
    const queue = await t.http().get(`${base()}/appraisal-queue`).set(area1.session.auth).expect(200);
    expect(
      queue.body.items.map(
        (row: { unitCode: string; leafCode: string }) => `${row.unitCode}/${row.leafCode}`,
      ),
    ).toEqual(['STP/1.1', 'STP/1.2', 'STP/1.3']);
    await t
      .http()
      .put(`${base()}/assessments/STP/items/1.1`)
      .set(area1.session.auth)
      .send({ version: 1, accept: true })
      .expect(200);
    const out = await t
      .http()
      .put(`${base()}/assessments/STP/items/2.1`)
      .set(area1.session.auth)
      .send({ version: 0, accept: true })
      .expect(403);
    expect(out.body.code).toBe('LEAF_NOT_IN_SCOPE');
    const view = await t.http().get(`${base()}/assessments/STP`).set(area1.session.auth).expect(200);
    const adjust = await t
      .http()
      .put(`${base()}/assessments/STP/adjustments`)
      .set(area1.session.auth)
      .send({ version: view.body.version, bonus: 0.5, penalty: 0 })
      .expect(403);
    expect(adjust.body.code).toBe('FORBIDDEN');
    await t.http().get(`${base()}/assessments/STC`).set(area1.session.auth).expect(404);
  });

  it('the secretary of the unit sets its bonus/penalty', async () => {
    const view = await t.http().get(`${base()}/assessments/STP`).set(secretary.session.auth).expect(200);
    await t
      .http()
      .put(`${base()}/assessments/STP/adjustments`)
      .set(secretary.session.auth)
      .send({ version: view.body.version, bonus: 0, penalty: 0 })
      .expect(200);
    await t
      .http()
      .put(`${base()}/assessments/STP/items/2.1`)
      .set(secretary.session.auth)
      .send({ version: 0, accept: true })
      .expect(200);
  });
});
