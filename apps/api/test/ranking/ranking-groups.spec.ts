import { computeResults, parseAssessments, parseBands, parseCriteriaSet } from '@par/scoring';
import { createUser } from '../support/auth';
import { exampleCriteriaSet } from '../support/criteria-set';
import { exampleAssessments } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

type Doc = { units: Array<{ code: string; group: string }> };

const ACK = { acknowledgeWarnings: true, acknowledgementReason: 'HTU chưa có phiếu điều tra 3.1' };
const OWN_BANDS = [
  { code: 'T', label: 'Tốt', minIndex: 80 },
  { code: 'CC', label: 'Cần cố gắng', minIndex: 0 },
];
const GROUPS = [
  { code: 'so-a', name: 'Khối sở nhóm A', nameEn: 'Departments A', unitCodes: ['STP', 'STC'] },
  {
    code: 'so-b',
    name: 'Khối sở nhóm B',
    nameEn: 'Departments B',
    unitCodes: ['SXD', 'SNV'],
    bands: OWN_BANDS,
  },
  { code: 'huyen', name: 'Khối huyện', nameEn: 'Districts', unitCodes: ['HTU'] },
];

describe('ranking groups as a resource of their own, per period', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const base = () => `/api/v1/periods/${w.periodId}`;
  const groupsOf = () => t.http().get(`${base()}/ranking-groups`).set(w.admin.auth).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);
  });
  afterAll(() => t.close());

  it('defaults to the unit groups, named by their codes', async () => {
    const res = await groupsOf();
    expect(res.body).toMatchObject({
      configured: false,
      groups: [
        {
          code: 'departments',
          name: 'departments',
          nameEn: 'departments',
          unitCodes: ['SNV', 'STC', 'STP', 'SXD'],
          bands: null,
        },
        { code: 'districts', name: 'districts', unitCodes: ['HTU'], bands: null },
      ],
    });
  });

  it('refuses groups that leave a unit out, name one twice or name an outsider; only admin writes', async () => {
    const { version } = (await groupsOf()).body;
    const put = (groups: unknown) =>
      t.http().put(`${base()}/ranking-groups`).set(w.admin.auth).send({ version, groups });
    const missing = await put([GROUPS[0], GROUPS[2]]).expect(422);
    expect(missing.body).toMatchObject({ code: 'RANKING_GROUPS_INVALID' });
    expect(missing.body.detail).toMatch(/SNV, SXD/);
    expect(
      (await put([GROUPS[0], { ...GROUPS[1], unitCodes: ['SXD', 'SNV', 'STP'] }, GROUPS[2]]).expect(422)).body
        .detail,
    ).toMatch(/STP/);
    await put([GROUPS[0], { ...GROUPS[1], unitCodes: ['SXD', 'SNV', 'XYZ'] }, GROUPS[2]]).expect(422);
    await put([
      GROUPS[0],
      {
        ...GROUPS[1],
        bands: [
          { code: 'T', label: 'Tốt', minIndex: 80 },
          { code: 'T', label: 'Trung bình', minIndex: 0 },
        ],
      },
      GROUPS[2],
    ]).expect(422);
    const viewer = await createUser(t, w.admin, 'viewer');
    await t.http().get(`${base()}/ranking-groups`).set(viewer.session.auth).expect(200);
    await t
      .http()
      .put(`${base()}/ranking-groups`)
      .set(viewer.session.auth)
      .send({ version, groups: GROUPS })
      .expect(403);
    await t
      .http()
      .put(`${base()}/ranking-groups`)
      .set(w.admin.auth)
      .send({ version: version + 5, groups: GROUPS })
      .expect(409);
    expect((await groupsOf()).body.configured).toBe(false);
  });

  it('compute ranks within the groups with their own bands; tables and the public feed name them', async () => {
    const { version } = (await groupsOf()).body;
    const saved = await t
      .http()
      .put(`${base()}/ranking-groups`)
      .set(w.admin.auth)
      .send({ version, groups: GROUPS })
      .expect(200);
    expect(saved.body).toMatchObject({
      configured: true,
      groups: [
        {
          code: 'so-a',
          name: 'Khối sở nhóm A',
          nameEn: 'Departments A',
          unitCodes: ['STC', 'STP'],
          bands: null,
        },
        { code: 'so-b', unitCodes: ['SNV', 'SXD'], bands: OWN_BANDS },
        { code: 'huyen', unitCodes: ['HTU'] },
      ],
    });
    // The compute made before the change is stale for publish.
    const stale = await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ decisionNo: '1/QĐ', decisionDate: '2027-02-01', ...ACK })
      .expect(409);
    expect(stale.body.code).toBe('RESULTS_STALE');
    const computed = await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);

    // libs/scoring on the same inputs, regrouped; group B with its own bands.
    const doc = exampleAssessments() as Doc;
    for (const unit of doc.units) unit.group = GROUPS.find((g) => g.unitCodes.includes(unit.code))!.code;
    const set = parseCriteriaSet(exampleCriteriaSet({ code: 'VD-SO-2026' }));
    if (!set.ok) throw new Error('set');
    const parsed = parseAssessments(doc, set.value);
    const bands = parseBands(OWN_BANDS);
    if (!parsed.ok || !bands.ok) throw new Error('parse');
    const inB = (u: { group: string }) => u.group === 'so-b';
    const expected = [
      ...computeResults(set.value, { ...parsed.value, units: parsed.value.units.filter((u) => !inB(u)) })
        .units,
      ...computeResults(
        set.value,
        { ...parsed.value, units: parsed.value.units.filter(inB) },
        { bands: bands.value },
      ).units,
    ];
    for (const unit of expected)
      expect(computed.body.units.find((u: { code: string }) => u.code === unit.code)).toEqual(unit);
    const ranks = Object.fromEntries(
      computed.body.units.map((u: { code: string; rank: number; group: string; band: string }) => [
        u.code,
        [u.group, u.rank, u.band],
      ]),
    );
    expect(ranks.SXD[0]).toBe('so-b');
    expect(['T', 'CC']).toContain(ranks.SXD[2]);
    expect(ranks.STP[2]).not.toMatch(/^(T|CC)$/);

    await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ decisionNo: '1/QĐ', decisionDate: '2027-02-01', ...ACK })
      .expect(200);
    const feed = await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(200);
    expect(feed.body.rankingGroups).toEqual([
      { code: 'so-a', name: 'Khối sở nhóm A', nameEn: 'Departments A', bands: null },
      {
        code: 'so-b',
        name: 'Khối sở nhóm B',
        nameEn: 'Departments B',
        bands: [
          { code: 'T', label: 'Tốt' },
          { code: 'CC', label: 'Cần cố gắng' },
        ],
      },
      { code: 'huyen', name: 'Khối huyện', nameEn: 'Districts', bands: null },
    ]);
    const sxd = feed.body.units.find((u: { code: string }) => u.code === 'SXD');
    expect(sxd).toMatchObject({
      group: 'so-b',
      groupName: 'Khối sở nhóm B',
      bandLabel: OWN_BANDS.find((b) => b.code === sxd.band)!.label,
    });
    const csv = await t.http().get(`${base()}/results/export.csv`).set(w.admin.auth).buffer(true).expect(200);
    const text = String(csv.text ?? csv.body);
    expect(text).toContain('\nKhối sở nhóm B,');
    expect(text).not.toContain('departments');
    // Frozen with the period.
    const frozen = await t
      .http()
      .put(`${base()}/ranking-groups`)
      .set(w.admin.auth)
      .send({ version: saved.body.version, groups: GROUPS })
      .expect(409);
    expect(frozen.body.code).toBe('PERIOD_PUBLISHED');
  });
});
