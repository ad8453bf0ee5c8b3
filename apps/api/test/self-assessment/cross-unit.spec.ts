import { createUser, type CreatedUser } from '../support/auth';
import { pdfBytes } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/** Every route of the assessment module, as the editor of another unit: never a byte of STP's data. */
describe('cross-unit access to assessments', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let stp: CreatedUser;
  let stpHead: CreatedUser;
  let stc: CreatedUser;
  let stcHead: CreatedUser;
  let evidenceUrl: string;
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    stp = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    stpHead = await createUser(t, w.admin, 'unit_head', { unitCode: 'STP' });
    stc = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STC' });
    stcHead = await createUser(t, w.admin, 'unit_head', { unitCode: 'STC' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    await t
      .http()
      .put(`${base()}/assessments/STP/items/1.1`)
      .set(stp.session.auth)
      .send({ version: 0, input: { value: true } })
      .expect(200);
    evidenceUrl = (
      await t
        .http()
        .post(`${base()}/assessments/STP/items/1.1/evidence`)
        .set(stp.session.auth)
        .attach('file', pdfBytes(), 'a.pdf')
        .expect(201)
    ).body.url;
  });
  afterAll(() => t.close());

  it.each([
    ['GET', 'assessments/STP', undefined],
    ['GET', 'assessments/STP/completeness', undefined],
    ['PUT', 'assessments/STP/items/1.1', { version: 1, input: { value: false } }],
    ['PUT', 'assessments/STP/items/1.2', { version: 0, input: { value: 100 } }],
    ['POST', 'assessments/STP/submit', {}],
    ['POST', 'assessments/STP/explanation/submit', {}],
    ['GET', 'assessments/STP/export.xlsx', undefined],
    ['GET', 'assessments/STP/export.pdf', undefined],
  ])(
    '%s %s → 404 for another unit’s head (403 where the role itself may not)',
    async (method, path, body) => {
      for (const user of [stc, stcHead]) {
        const req = t.http()[method.toLowerCase() as 'get'](`${base()}/${path}`).set(user.session.auth);
        const res = body === undefined ? await req : await req.send(body);
        const headOnly = path.endsWith('submit');
        const expected =
          user === stc && headOnly ? { status: 403, code: 'FORBIDDEN' } : { status: 404, code: 'NOT_FOUND' };
        expect({ path, status: res.status, code: res.body.code }).toEqual({ path, ...expected });
      }
    },
  );

  it('uploading to another unit, reading or deleting its evidence: 404', async () => {
    await t
      .http()
      .post(`${base()}/assessments/STP/items/1.1/evidence`)
      .set(stc.session.auth)
      .attach('file', pdfBytes(), 'x.pdf')
      .expect(404);
    await t.http().get(evidenceUrl).set(stc.session.auth).expect(404);
    await t.http().delete(evidenceUrl).set(stc.session.auth).expect(404);
  });

  it('unit roles are refused the admin and appraiser routes of the module', async () => {
    for (const [method, path] of [
      ['get', 'assessments'],
      ['get', 'appraisal-queue'],
      ['post', 'assessments/import'],
      ['put', 'indicators'],
      ['post', 'assessments/STC/reopen'],
      ['post', 'assessments/STC/finalize'],
      ['put', 'assessments/STC/adjustments'],
      ['post', 'results/compute'],
    ] as const) {
      const res = await t.http()[method](`${base()}/${path}`).set(stc.session.auth).send({});
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
    }
  });

  it('the unit’s own people see their own assessment; STP data stayed untouched', async () => {
    await t.http().get(`${base()}/assessments/STC`).set(stc.session.auth).expect(200);
    const own = await t.http().get(`${base()}/assessments/STP`).set(stpHead.session.auth).expect(200);
    expect(own.body.items[0]).toMatchObject({
      leafCode: '1.1',
      version: 1,
      self: { input: { value: true } },
    });
    expect(own.body.status).toBe('draft');
  });
});
