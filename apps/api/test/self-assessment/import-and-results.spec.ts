import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { exampleAssessments, exampleResults } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { createUser, type CreatedUser } from '../support/auth';
import { markIndicator } from '../support/criteria-set';
import { exampleWorld, type World } from '../support/world';

describe('import of final inputs, compute, publish — the worked example through the API', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
  });
  afterAll(() => t.close());

  it('compute waits for every assessment to be final', async () => {
    const res = await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(409);
    expect(res.body).toMatchObject({
      code: 'ASSESSMENTS_NOT_FINAL',
      errors: expect.arrayContaining([expect.objectContaining({ unit: 'STP' })]),
    });
    await t.http().get(`${base()}/results`).set(w.admin.auth).expect(404);
  });

  it('refuses a document with problems, naming unit and leaf, and writes nothing', async () => {
    const doc = exampleAssessments() as { units: Array<{ code: string; items: Record<string, unknown> }> };
    doc.units[0].items['1.2'] = { count: 3 };
    doc.units[1].items['9.9'] = { value: true };
    doc.units.push({ code: 'NOPE', group: 'x', items: {} } as never);
    const res = await t.http().post(`${base()}/assessments/import`).set(w.admin.auth).send(doc).expect(422);
    expect(res.body.code).toBe('ASSESSMENTS_INVALID');
    const where = res.body.errors.map((e: { unit: string; leaf?: string }) => `${e.unit}/${e.leaf ?? ''}`);
    expect(where).toEqual(expect.arrayContaining(['STP/1.2', 'STC/9.9']));
    const list = await t.http().get(`${base()}/assessments`).set(w.admin.auth).expect(200);
    expect(list.body.items.every((a: { status: string }) => a.status === 'draft')).toBe(true);
  });

  it('imports the final inputs (in setup already), computes exactly the published example, and publishes', async () => {
    const imported = await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    expect(imported.body.units).toEqual(['STP', 'STC', 'SXD', 'SNV', 'HTU']);
    const computed = await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);
    const expected = exampleResults();
    const byCode = new Map(computed.body.units.map((u: { code: string }) => [u.code, u]));
    for (const unit of expected.units) expect(byCode.get(unit.code as string)).toEqual(unit);
    expect((await t.http().get(`/api/v1/periods/${w.periodId}`).set(w.admin.auth)).body.state).toBe(
      'computed',
    );
    // The set behind the results is frozen by the compute, though the period never opened self-assessment.
    const set = await t.http().get(`/api/v1/criteria-sets/${w.setId}`).set(w.admin.auth).expect(200);
    expect(set.body.status).toBe('published');

    await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(404);
    await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({
        decisionNo: '125/QĐ-UBND',
        decisionDate: '2027-02-15',
        acknowledgeWarnings: true,
        acknowledgementReason: 'HTU chưa có phiếu điều tra 3.1',
      })
      .expect(200);
    const pub = await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(200);
    const { warnings: _w, snapshot: _s, ...results } = computed.body;
    expect(pub.body).toMatchObject({ ...results, units: results.units.map(expect.objectContaining) });
    expect(
      (
        await t
          .http()
          .post(`${base()}/assessments/import`)
          .set(w.admin.auth)
          .send(exampleAssessments())
          .expect(409)
      ).body.code,
    ).toBe('PERIOD_PUBLISHED');
    expect((await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(409)).body.code).toBe(
      'PERIOD_PUBLISHED',
    );
    const audit = await t.dataSource.getRepository(AuditEntry).countBy({ action: 'assessment.import' });
    expect(audit).toBe(5);
  });
});

describe('indicators pushed by a provincial system (API key)', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let key: string;
  let stcEditor: CreatedUser;
  let sxdHead: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const push = (items: object[]) =>
    t.http().put(`${base()}/indicators`).set('X-API-Key', key).send({ items });
  const leaf = async (unit: string, code: string) =>
    (await t.http().get(`${base()}/assessments/${unit}`).set(w.admin.auth).expect(200)).body.items.find(
      (i: { leafCode: string }) => i.leafCode === code,
    );

  beforeAll(async () => {
    t = await createTestApp();
    // 2.1 (on-time rate) is the one-stop system's indicator leaf; no other leaf receives pushes.
    w = await exampleWorld(t, { editSet: markIndicator('2.1', 'mot-cua.ty-le-dung-han') });
    key = (
      await t
        .http()
        .post('/api/v1/api-keys')
        .set(w.admin.auth)
        .send({ name: 'Hệ thống một cửa', scopes: ['indicators:write'] })
        .expect(201)
    ).body.key;
    stcEditor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STC' });
    sxdHead = await createUser(t, w.admin, 'unit_head', { unitCode: 'SXD' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
  });
  afterAll(() => t.close());

  it('writes the on-time rates beside the unit’s entry, marked with their source, audited', async () => {
    const res = await push([
      { unitCode: 'STP', leafCode: '2.1', input: { numerator: 195, denominator: 200 } },
    ]).expect(200);
    expect(res.body).toEqual({
      updated: 1,
      units: [{ unitCode: 'STP', status: 'accepted', leaves: 1, problems: [] }],
    });
    expect(await leaf('STP', '2.1')).toMatchObject({
      indicator: 'mot-cua.ty-le-dung-han',
      pushed: { input: { numerator: 195, denominator: 200 }, by: 'api-key:Hệ thống một cửa' },
      selfSource: 'api-key:Hệ thống một cửa',
      self: { points: 1.95, by: 'api-key:Hệ thống một cửa' },
      version: 1,
    });
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'assessment.indicator' });
    expect(audit.map((a) => [a.actorKind, a.actorName])).toEqual([['api_key', 'Hệ thống một cửa']]);
    expect(audit[0].after).toMatchObject({ indicatorInput: { numerator: 195, denominator: 200 } });
  });

  it('the unit’s own entry wins: a later push is kept beside it and changes nothing that counts', async () => {
    await t
      .http()
      .put(`${base()}/assessments/STC/items/2.1`)
      .set(stcEditor.session.auth)
      .send({ version: 0, input: { numerator: 180, denominator: 200 } })
      .expect(200);
    await push([{ unitCode: 'STC', leafCode: '2.1', input: { numerator: 200, denominator: 200 } }]).expect(
      200,
    );
    expect(await leaf('STC', '2.1')).toMatchObject({
      selfSource: null,
      self: { input: { numerator: 180, denominator: 200 }, points: 1.8 },
      pushed: { input: { numerator: 200, denominator: 200 } },
      points: 1.8,
      version: 2,
    });
  });

  it('answers per unit: a submitted unit, a leaf that is no indicator, points or not-applicable are refused alone', async () => {
    // SXD submits its self-assessment first.
    const inputs: Record<string, object> = {
      '1.1': { value: true },
      '1.2': { value: 100 },
      '1.3': { count: 0 },
      '2.1': { value: 99 },
      '2.2': { points: 1 },
    };
    for (const [code, input] of Object.entries(inputs))
      await t
        .http()
        .put(`${base()}/assessments/SXD/items/${code}`)
        .set(sxdHead.session.auth)
        .send({ version: 0, input, note: 'Báo cáo số 3' })
        .expect(200);
    await t.http().post(`${base()}/assessments/SXD/submit`).set(sxdHead.session.auth).expect(200);
    const res = await push([
      { unitCode: 'SNV', leafCode: '1.2', input: { value: 100 } },
      { unitCode: 'HTU', leafCode: '2.1', input: { points: 2 } },
      { unitCode: 'HTU', leafCode: '2.1', input: { notApplicable: true } },
      { unitCode: 'SXD', leafCode: '2.1', input: { value: 100 } },
      { unitCode: 'ZZZ', leafCode: '2.1', input: { value: 1 } },
      { unitCode: 'STP', leafCode: '2.1', input: { numerator: 190, denominator: 200 } },
    ]).expect(200);
    expect(
      res.body.units.map((u: { unitCode: string; status: string; problems: { code: string }[] }) => [
        u.unitCode,
        u.status,
        u.problems.map((p) => p.code),
      ]),
    ).toEqual([
      ['SNV', 'refused', ['NOT_AN_INDICATOR_LEAF']],
      ['HTU', 'refused', ['FIGURES_ONLY', 'FIGURES_ONLY']],
      ['SXD', 'refused', ['ASSESSMENT_LOCKED']],
      ['ZZZ', 'refused', ['UNKNOWN_UNIT']],
      ['STP', 'accepted', []],
    ]);
    expect(res.body.updated).toBe(1);
    expect((await leaf('SNV', '1.2')).self).toBeNull();
    expect((await leaf('STP', '2.1')).self).toMatchObject({ points: 1.9 });
    expect((await leaf('SXD', '2.1')).self).toMatchObject({ input: { value: 99 } });
  });

  it('a key without the scope is refused', async () => {
    const other = (
      await t
        .http()
        .post('/api/v1/api-keys')
        .set(w.admin.auth)
        .send({ name: 'Cổng', scopes: ['results:read'] })
        .expect(201)
    ).body.key;
    await t
      .http()
      .put(`${base()}/indicators`)
      .set('X-API-Key', other)
      .send({ items: [{ unitCode: 'STP', leafCode: '2.1', input: { value: 1 } }] })
      .expect(403);
  });
});
