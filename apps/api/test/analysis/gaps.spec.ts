import { createUnit, createUser, loginAdmin, type CreatedUser, type Session } from '../support/auth';
import { branch, criteriaSetDocument, leaf } from '../support/criteria-set';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Self-assessed vs appraised, through the real workflow: two units self-assess two manual leaves (2 points
 * each), the heads submit, one appraiser cuts STP's 1.1 from 2 to 1 and raises STC's 1.1 from 1 to 1.5.
 */
describe('self-assessed vs appraised gaps per unit and per appraiser', () => {
  let t: TestApp;
  let admin: Session;
  let periodId: string;
  let appraiser: CreatedUser;
  const base = () => `/api/v1/periods/${periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    await createUnit(t, admin, 'STP', 'department', 'Sở Tư pháp');
    await createUnit(t, admin, 'STC', 'department', 'Sở Tài chính');
    const set = await t
      .http()
      .post('/api/v1/criteria-sets')
      .set(admin.auth)
      .send(
        criteriaSetDocument(
          [
            branch('1', 'Chỉ đạo điều hành', [
              leaf('1.1', 'Kế hoạch', 2, { kind: 'manual' }),
              leaf('1.2', 'Báo cáo', 2, { kind: 'manual' }),
            ]),
          ],
          { code: 'GAP-2026' },
        ),
      )
      .expect(201);
    const period = await t
      .http()
      .post('/api/v1/periods')
      .set(admin.auth)
      .send({
        year: 2026,
        name: 'Chênh lệch 2026',
        criteriaSetId: set.body.id,
        units: [
          { code: 'STP', group: 'g' },
          { code: 'STC', group: 'g' },
        ],
      })
      .expect(201);
    periodId = period.body.id;
    appraiser = await createUser(t, admin, 'appraiser', { areaCodes: ['*'], username: 'thamdinh.a' });
    await t.http().post(`${base()}/state`).set(admin.auth).send({ state: 'self_assessment' }).expect(200);
    for (const [unit, points] of [
      ['STP', 2],
      ['STC', 1],
    ] as const) {
      const editor = await createUser(t, admin, 'unit_editor', { unitCode: unit });
      const head = await createUser(t, admin, 'unit_head', { unitCode: unit });
      for (const code of ['1.1', '1.2'])
        await t
          .http()
          .put(`${base()}/assessments/${unit}/items/${code}`)
          .set(editor.session.auth)
          .send({ version: 0, input: { points }, note: 'Theo báo cáo năm' })
          .expect(200);
      const submitted = await t.http().post(`${base()}/assessments/${unit}/submit`).set(head.session.auth);
      if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.body));
    }
    await t.http().post(`${base()}/state`).set(admin.auth).send({ state: 'appraisal' }).expect(200);
    const appraise = (unit: string, code: string, body: object) =>
      t
        .http()
        .put(`${base()}/assessments/${unit}/items/${code}`)
        .set(appraiser.session.auth)
        .send({ version: 1, ...body })
        .expect(200);
    await appraise('STP', '1.1', { input: { points: 1 }, comment: 'Kế hoạch ban hành trễ hạn' });
    await appraise('STP', '1.2', { accept: true });
    await appraise('STC', '1.1', { input: { points: 1.5 }, comment: 'Có thêm minh chứng' });
    await appraise('STC', '1.2', { accept: true });
  });
  afterAll(() => t.close());

  it('per unit: Σ self − Σ appraised on the leaves with both; who over-claims comes first', async () => {
    const res = await t.http().get(`${base()}/analysis/gaps`).set(admin.auth).expect(200);
    expect(res.body.units).toEqual([
      {
        code: 'STP',
        name: 'Sở Tư pháp',
        leaves: 2,
        selfPoints: 4,
        appraisedPoints: 3,
        gap: 1,
        overClaimedLeaves: 1,
        underClaimedLeaves: 0,
      },
      {
        code: 'STC',
        name: 'Sở Tài chính',
        leaves: 2,
        selfPoints: 2,
        appraisedPoints: 2.5,
        gap: -0.5,
        overClaimedLeaves: 0,
        underClaimedLeaves: 1,
      },
    ]);
  });

  it('per appraiser and round: leaves, cuts, raises and the net cut', async () => {
    const res = await t.http().get(`${base()}/analysis/gaps`).set(admin.auth).expect(200);
    expect(res.body.appraisers).toEqual([
      {
        appraiser: 'thamdinh.a',
        round: 1,
        leaves: 4,
        cutLeaves: 1,
        cutPoints: 1,
        raisedPoints: 0.5,
        netCut: 0.5,
      },
    ]);
    // who cuts hardest is for the standing agency and leadership, not for the appraisers themselves
    await t.http().get(`${base()}/analysis/gaps`).set(appraiser.session.auth).expect(403);
  });
});
