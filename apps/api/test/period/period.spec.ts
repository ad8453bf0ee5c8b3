import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUser } from '../support/auth';
import { exampleCriteriaSet } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

describe('periods', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t, { deadlines: { selfAssessment: '2026-12-15T17:00:00+07:00' } });
  });
  afterAll(() => t.close());

  const api = () => ({
    get: (p: string) => t.http().get(`/api/v1${p}`).set(w.admin.auth),
    post: (p: string, b: object) => t.http().post(`/api/v1${p}`).set(w.admin.auth).send(b),
    patch: (p: string, b: object) => t.http().patch(`/api/v1${p}`).set(w.admin.auth).send(b),
  });

  it('starts in setup with every unit holding an empty draft assessment, grouped for ranking', async () => {
    const res = await api().get(`/periods/${w.periodId}`).expect(200);
    expect(res.body).toMatchObject({
      year: 2026,
      state: 'setup',
      unitCount: 5,
      nextStates: ['self_assessment'],
    });
    expect(res.body.deadlines.selfAssessment).toBe('2026-12-15T10:00:00.000Z');
    expect(
      res.body.units.map((u: { code: string; group: string; assessmentStatus: string }) => [
        u.code,
        u.group,
        u.assessmentStatus,
      ]),
    ).toEqual([
      ['SNV', 'departments', 'draft'],
      ['STC', 'departments', 'draft'],
      ['STP', 'departments', 'draft'],
      ['SXD', 'departments', 'draft'],
      ['HTU', 'districts', 'draft'],
    ]);
    expect(res.body.criteriaSets[0]).toMatchObject({
      code: 'VD-SO-2026',
      status: 'draft',
      bands: expect.arrayContaining([{ code: 'XS', label: 'Xuất sắc', minIndex: 90 }]),
    });
  });

  it('refuses a period with unknown or repeated units and no set, listing each problem', async () => {
    const res = await api()
      .post('/periods', {
        year: 2026,
        name: 'x',
        criteriaSetId: w.setId,
        units: [
          { code: 'STP', group: 'a' },
          { code: 'STP', group: 'a' },
          { code: 'NOPE', group: 'a' },
        ],
      })
      .expect(422);
    expect(res.body.code).toBe('PERIOD_INVALID');
    expect(res.body.errors.map((e: { code: string }) => e.code)).toEqual([
      'DUPLICATE_UNIT',
      'UNIT_NOT_FOUND',
    ]);
    const none = await api()
      .post('/periods', { year: 2026, name: 'x', units: [{ code: 'STP', group: 'a' }] })
      .expect(422);
    expect(none.body.errors[0].field).toBe('criteriaSetId');
  });

  it('moves only to the next state; a refused move is 409 naming the unmet precondition', async () => {
    const skip = await api().post(`/periods/${w.periodId}/state`, { state: 'appraisal' }).expect(409);
    expect(skip.body).toMatchObject({ code: 'PERIOD_STATE_CONFLICT', errors: [{ code: 'NOT_NEXT_STATE' }] });
    const viaRoute = await api().post(`/periods/${w.periodId}/state`, { state: 'published' }).expect(409);
    expect(viaRoute.body.errors[0].code).toBe('NOT_BY_STATE_ROUTE');
  });

  it('opening self-assessment freezes the criteria set', async () => {
    const res = await api().post(`/periods/${w.periodId}/state`, { state: 'self_assessment' }).expect(200);
    expect(res.body.state).toBe('self_assessment');
    expect(res.body.criteriaSets[0].status).toBe('published');
    expect(
      (await api().patch(`/criteria-sets/${w.setId}/nodes/1.1`, { title: 'x' }).expect(409)).body.code,
    ).toBe('CRITERIA_SET_FROZEN');
  });

  it('appraisal waits for every submission or the deadline (per-unit extensions count)', async () => {
    t.clock.setNow(new Date('2026-12-01T00:00:00Z'));
    const early = await api().post(`/periods/${w.periodId}/state`, { state: 'appraisal' }).expect(409);
    expect(early.body.errors).toEqual([
      expect.objectContaining({ code: 'UNITS_NOT_SUBMITTED', message: expect.stringContaining('5 đơn vị') }),
    ]);

    await api()
      .patch(`/periods/${w.periodId}/units/HTU`, { selfAssessmentDue: '2026-12-20T17:00:00+07:00' })
      .expect(200);
    t.clock.setNow(new Date('2026-12-16T00:00:00Z'));
    const extended = await api().post(`/periods/${w.periodId}/state`, { state: 'appraisal' }).expect(409);
    expect(extended.body.errors[0].message).toContain('HTU');

    t.clock.setNow(new Date('2026-12-21T00:00:00Z'));
    const moved = await api().post(`/periods/${w.periodId}/state`, { state: 'appraisal' }).expect(200);
    expect(
      moved.body.units.every((u: { assessmentStatus: string }) => u.assessmentStatus === 'submitted'),
    ).toBe(true);
  });

  it('explanation waits for round-1 appraisal of every assessment leaf', async () => {
    const res = await api().post(`/periods/${w.periodId}/state`, { state: 'explanation' }).expect(409);
    expect(res.body.errors[0]).toMatchObject({ code: 'ROUND1_INCOMPLETE' });
  });

  it('audits every transition', async () => {
    const entries = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'period.state', entityId: w.periodId });
    expect(entries.map((e) => [e.before?.state, e.after?.state]).sort()).toEqual([
      ['self_assessment', 'appraisal'],
      ['setup', 'self_assessment'],
    ]);
  });

  it('a unit sees its own periods and only its own row', async () => {
    const editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STC' });
    const list = await t.http().get('/api/v1/periods').set(editor.session.auth).expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([w.periodId]);
    const detail = await t.http().get(`/api/v1/periods/${w.periodId}`).set(editor.session.auth).expect(200);
    expect(detail.body.units.map((u: { code: string }) => u.code)).toEqual(['STC']);
    await t
      .http()
      .post(`/api/v1/periods/${w.periodId}/state`)
      .set(editor.session.auth)
      .send({ state: 'explanation' })
      .expect(403);
  });

  it('one set serves several unit types (communes and wards); a ranking group may not mix sets', async () => {
    for (const [code, type] of [
      ['X-A', 'commune'],
      ['P-B', 'ward'],
    ] as const) {
      const created = await t
        .http()
        .post('/api/v1/units')
        .set(w.admin.auth)
        .send({ code, name: `UBND ${code}`, type })
        .expect(201);
      // A 201 says where the new resource is (its item route, by code here).
      expect(created.headers.location).toBe(`/api/v1/units/${code}`);
    }
    const commune = await api()
      .post('/criteria-sets', exampleCriteriaSet({ code: 'VD-XA-2026', unitType: 'commune' }))
      .expect(201);
    expect(commune.headers.location).toBe(`/api/v1/criteria-sets/${commune.body.id}`);
    await t.http().get(commune.headers.location).set(w.admin.auth).expect(200);
    const dept = await api()
      .post('/criteria-sets', exampleCriteriaSet({ code: 'VD-SO-2026-B' }))
      .expect(201);
    const body = (groupOfWard: string) => ({
      year: 2026,
      name: 'Hai bộ tiêu chí',
      criteriaSets: [
        { criteriaSetId: dept.body.id },
        { criteriaSetId: commune.body.id, unitTypes: ['commune', 'ward'] },
      ],
      units: [
        { code: 'SNV', group: 'departments' },
        { code: 'X-A', group: 'communes' },
        { code: 'P-B', group: groupOfWard },
      ],
    });
    const mixed = await api().post('/periods', body('departments')).expect(422);
    expect(mixed.body.errors.map((e: { code: string }) => e.code)).toEqual(['GROUP_SPANS_SETS']);
    const ok = await api().post('/periods', body('communes')).expect(201);
    const detail = await api().get(`/periods/${ok.body.id}`).expect(200);
    expect(
      detail.body.units.map((u: { code: string; criteriaSetCode: string }) => [u.code, u.criteriaSetCode]),
    ).toEqual([
      ['P-B', 'VD-XA-2026'],
      ['X-A', 'VD-XA-2026'],
      ['SNV', 'VD-SO-2026-B'],
    ]);
    expect(detail.body.criteriaSets.find((s: { code: string }) => s.code === 'VD-XA-2026').unitTypes).toEqual(
      ['commune', 'ward'],
    );
  });
});
