import { createUnit, createUser, loginAdmin, type CreatedUser, type Session } from '../support/auth';
import { branch, criteriaSetDocument, leaf } from '../support/criteria-set';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Two years on two sets whose codes were renamed (and one area split, one added):
 *
 *   2025 · XH-2025 (max 8)           2026 · XH-2026 (max 10)         crosswalk 2026 → 2025
 *   A  Thể chế    A.1 (2) A.2 (2)     1 Thể chế   1.1 (2) 1.2 (3)      1 → A, 1.1 → A.1, 1.2 → A.2
 *   B  Tổ chức    B.1 (4)             2 Tổ chức   2.1 (2) 2.2 (2)      2 → B, 2.1 → B.1, 2.2 → B.1
 *                                     3 Chuyển đổi số  3.1 (1)         3: new (no history)
 *
 *   2025      A.1  A.2    B.1   total        2026   1.1  1.2    2.1  2.2   3.1  total
 *   STP       2    1.375  3     6.375 79.69         1.5  2.125  1    0.5   1    6.125  61.25
 *   STC       1    0.5    4     5.5   68.75         2    3      2    1.75  0    8.75   87.5
 */
const SET_2025 = criteriaSetDocument(
  [
    branch('A', 'Thể chế', [
      leaf('A.1', 'Ban hành văn bản', 2, { kind: 'manual' }),
      leaf('A.2', 'Kiểm soát thủ tục', 2, { kind: 'manual' }),
    ]),
    branch('B', 'Tổ chức bộ máy', [leaf('B.1', 'Sắp xếp tổ chức', 4, { kind: 'manual' })]),
  ],
  { code: 'XH-2025', name: 'Bộ tiêu chí 2025', year: 2025 },
);
const SET_2026 = criteriaSetDocument(
  [
    branch('1', 'Thể chế', [
      leaf('1.1', 'Ban hành văn bản', 2, { kind: 'manual' }),
      leaf('1.2', 'Kiểm soát thủ tục', 3, { kind: 'manual' }),
    ]),
    branch('2', 'Tổ chức bộ máy', [
      leaf('2.1', 'Đơn vị sự nghiệp', 2, { kind: 'manual' }),
      leaf('2.2', 'Biên chế', 2, { kind: 'manual' }),
    ]),
    branch('3', 'Chuyển đổi số', [leaf('3.1', 'Hồ sơ trực tuyến', 1, { kind: 'manual' })]),
  ],
  { code: 'XH-2026', name: 'Bộ tiêu chí 2026', year: 2026 },
);

const inputs = (set: string, units: Record<string, Record<string, number>>) => ({
  format: 'par-index.assessments/v1',
  criteriaSet: set,
  units: Object.entries(units).map(([code, items]) => ({
    code,
    group: 'g1',
    items: Object.fromEntries(Object.entries(items).map(([leaf, points]) => [leaf, { points }])),
  })),
});

const CROSSWALK = [
  { code: '1', previous: ['A'] },
  { code: '1.1', previous: ['A.1'] },
  { code: '1.2', previous: ['A.2'] },
  { code: '2', previous: ['B'] },
  { code: '2.1', previous: ['B.1'] },
  { code: '2.2', previous: ['B.1'] },
];

type Value = { index: number | null; points: number; maxPoints: number; lostPoints: number } | null;
type Line = { code: string; values: Value[] };
const brief = (lines: Line[]) =>
  lines.map((line) => [
    line.code,
    ...line.values.map((v) => (v === null ? null : [v.index, v.points, v.maxPoints, v.lostPoints])),
  ]);

describe('year-over-year trends across criteria sets through the crosswalk (figures by hand)', () => {
  let t: TestApp;
  let admin: Session;
  let set2025: string;
  let set2026: string;
  let latest: string;
  let appraiser: CreatedUser;
  const trend = (query: string, auth = admin.auth) =>
    t.http().get(`/api/v1/analysis/trends${query}`).set(auth);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    await createUnit(t, admin, 'STP', 'department', 'Sở Tư pháp');
    await createUnit(t, admin, 'STC', 'department', 'Sở Tài chính');
    await createUnit(t, admin, 'SNV', 'department', 'Sở Nội vụ');
    appraiser = await createUser(t, admin, 'appraiser', { unitCode: 'SNV' });
    const periodOn = async (
      document: typeof SET_2025,
      year: number,
      units: Record<string, Record<string, number>>,
      assign = false,
    ) => {
      const set = await t.http().post('/api/v1/criteria-sets').set(admin.auth).send(document).expect(201);
      const period = await t
        .http()
        .post('/api/v1/periods')
        .set(admin.auth)
        .send({
          year,
          name: `Chỉ số CCHC ${year}`,
          criteriaSetId: set.body.id,
          units: Object.keys(units).map((code) => ({ code, group: 'g1' })),
        })
        .expect(201);
      const base = `/api/v1/periods/${period.body.id}`;
      if (assign)
        await t
          .http()
          .put(`${base}/appraisal-assignments`)
          .set(admin.auth)
          .send({ assignments: [{ username: appraiser.username, unitCodes: ['STC'] }] })
          .expect(200);
      await t
        .http()
        .post(`${base}/assessments/import`)
        .set(admin.auth)
        .send(inputs(document.code, units))
        .expect(201);
      await t.http().post(`${base}/results/compute`).set(admin.auth).expect(200);
      return { setId: set.body.id as string, periodId: period.body.id as string };
    };
    set2025 = (
      await periodOn(SET_2025, 2025, {
        STP: { 'A.1': 2, 'A.2': 1.375, 'B.1': 3 },
        STC: { 'A.1': 1, 'A.2': 0.5, 'B.1': 4 },
      })
    ).setId;
    const second = await periodOn(
      SET_2026,
      2026,
      {
        STP: { '1.1': 1.5, '1.2': 2.125, '2.1': 1, '2.2': 0.5, '3.1': 1 },
        STC: { '1.1': 2, '1.2': 3, '2.1': 2, '2.2': 1.75, '3.1': 0 },
      },
      true,
    );
    set2026 = second.setId;
    latest = second.periodId;
    for (const [year, value, rank, rankOf] of [
      [2025, 72.23, 58, 63],
      [2026, 80.5, 20, 34],
    ])
      await t
        .http()
        .post('/api/v1/national-standing')
        .set(admin.auth)
        .send({ year, indexCode: 'PAR_INDEX', value, rank, rankOf })
        .expect(201);
  });
  afterAll(() => t.close());

  it('without a crosswalk the renamed codes break the lines (identity by code finds nothing in 2025)', async () => {
    const view = await t.http().get(`/api/v1/criteria-sets/${set2026}/crosswalk`).set(admin.auth).expect(200);
    expect(view.body).toMatchObject({ version: 0, previousCriteriaSetId: null });
    const res = await trend('?unitCode=STP').expect(200);
    // No stored crosswalk: the later set's codes are read by the same code, and 2025 has no area "1".
    expect(brief(res.body.lines)).toEqual([
      ['1', null, [72.5, 3.625, 5, 1.375]],
      ['2', null, [37.5, 1.5, 4, 2.5]],
      ['3', null, [100, 1, 1, 0]],
    ]);
  });

  it('PUT crosswalk: all or nothing, versioned; GET shows every node with its source', async () => {
    const url = `/api/v1/criteria-sets/${set2026}/crosswalk`;
    const bad = await t
      .http()
      .put(url)
      .set(admin.auth)
      .send({
        previousCriteriaSetId: set2025,
        version: 0,
        entries: [
          { code: '9', previous: ['A'] },
          { code: '1', previous: ['Z'] },
        ],
      })
      .expect(422);
    expect(bad.body.code).toBe('CROSSWALK_INVALID');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'entries.0.code',
      'entries.1.previous.0',
    ]);
    await t
      .http()
      .put(url)
      .set(admin.auth)
      .send({ previousCriteriaSetId: set2026, version: 0, entries: [] })
      .expect(422);
    await t
      .http()
      .put(url)
      .set(appraiser.session.auth)
      .send({ previousCriteriaSetId: set2025, version: 0, entries: CROSSWALK })
      .expect(403);
    const saved = await t
      .http()
      .put(url)
      .set(admin.auth)
      .send({ previousCriteriaSetId: set2025, version: 0, entries: CROSSWALK })
      .expect(200);
    expect(saved.body).toMatchObject({ version: 1, previousCriteriaSet: 'XH-2025' });
    expect(
      saved.body.entries.map((e: { code: string; previous: string[]; source: string }) => [
        e.code,
        e.previous,
        e.source,
      ]),
    ).toEqual([
      ['1', ['A'], 'explicit'],
      ['1.1', ['A.1'], 'explicit'],
      ['1.2', ['A.2'], 'explicit'],
      ['2', ['B'], 'explicit'],
      ['2.1', ['B.1'], 'explicit'],
      ['2.2', ['B.1'], 'explicit'],
      ['3', [], 'none'],
      ['3.1', [], 'none'],
    ]);
    const stale = await t
      .http()
      .put(url)
      .set(admin.auth)
      .send({ previousCriteriaSetId: set2025, version: 0, entries: CROSSWALK })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: 1 });
  });

  it('a unit: the line is continuous through the renamed codes, exact to the thousandth; rank and its change', async () => {
    const res = await trend('?unitCode=STP').expect(200);
    expect(res.body.unit).toEqual({ code: 'STP', name: 'Sở Tư pháp' });
    expect(res.body.criteriaSet).toBe('XH-2026');
    expect(
      res.body.years.map((y: Record<string, unknown>) => [
        y.year,
        y.criteriaSet,
        y.index,
        y.points,
        y.maxPoints,
        y.rank,
        y.rankOf,
        y.indexChange,
        y.rankChange,
      ]),
    ).toEqual([
      [2025, 'XH-2025', 79.69, 6.375, 8, 1, 2, null, null],
      [2026, 'XH-2026', 61.25, 6.125, 10, 2, 2, -18.44, -1],
    ]);
    expect(brief(res.body.lines)).toEqual([
      ['1', [84.38, 3.375, 4, 0.625], [72.5, 3.625, 5, 1.375]], // ← A: 2 + 1.375 of 4
      ['2', [75, 3, 4, 1], [37.5, 1.5, 4, 2.5]], // ← B
      ['3', null, [100, 1, 1, 0]], // new in 2026: its line starts there
    ]);
    const leaves = await trend('?unitCode=STP&by=leaf').expect(200);
    expect(brief(leaves.body.lines)).toEqual([
      ['1.1', [100, 2, 2, 0], [75, 1.5, 2, 0.5]],
      ['1.2', [68.75, 1.375, 2, 0.625], [70.83, 2.125, 3, 0.875]],
      ['2.1', [75, 3, 4, 1], [50, 1, 2, 1]], // a split: both halves continue B.1
      ['2.2', [75, 3, 4, 1], [25, 0.5, 2, 1.5]],
      ['3.1', null, [100, 1, 1, 0]],
    ]);
    expect(leaves.body.lines[1].values[0].codes).toEqual(['A.2']);
    const stc = await trend('?unitCode=STC').expect(200);
    expect(
      stc.body.years.map(
        (y: { index: number; rank: number; indexChange: number | null; rankChange: number | null }) => [
          y.index,
          y.rank,
          y.indexChange,
          y.rankChange,
        ],
      ),
    ).toEqual([
      [68.75, 2, null, null],
      [87.5, 1, 18.75, 1],
    ]);
  });

  it('the province: mean index of the units, PAR INDEX rank and its change, lines pooled over the units', async () => {
    const res = await trend('/province').expect(200);
    expect(res.body.unitType).toBe('department');
    expect(
      res.body.years.map((y: { year: number; units: number; meanIndex: number; national: unknown }) => [
        y.year,
        y.units,
        y.meanIndex,
        y.national,
      ]),
    ).toEqual([
      [2025, 2, 74.22, { value: 72.23, rank: 58, rankOf: 63, rankChange: null }], // (79.69 + 68.75) / 2
      [2026, 2, 74.38, { value: 80.5, rank: 20, rankOf: 34, rankChange: 38 }], // (61.25 + 87.5) / 2 = 74.375
    ]);
    expect(brief(res.body.lines)).toEqual([
      ['1', [60.94, 4.875, 8, 3.125], [86.25, 8.625, 10, 1.375]], // (3.375 + 1.5) / 8 · (3.625 + 5) / 10
      ['2', [87.5, 7, 8, 1], [65.63, 5.25, 8, 2.75]], // (3 + 4) / 8 · (1.5 + 3.75) / 8 = 65.625
      ['3', null, [50, 1, 2, 1]],
    ]);
  });

  it('scope: an appraiser sees only the units their assignment covers (trends, heatmap, lost points, robustness)', async () => {
    const auth = appraiser.session.auth;
    expect((await trend('?unitCode=STP', auth).expect(404)).body.code).toBe('NOT_FOUND');
    await trend('?unitCode=STC', auth).expect(200);
    await trend('?unitCode=NOPE').expect(404);
    const heatmap = await t.http().get(`/api/v1/periods/${latest}/analysis/heatmap`).set(auth).expect(200);
    expect(heatmap.body.sets[0].units.map((u: { code: string }) => u.code)).toEqual(['STC']);
    const all = await t.http().get(`/api/v1/periods/${latest}/analysis/heatmap`).set(admin.auth).expect(200);
    expect(all.body.sets[0].units.map((u: { code: string }) => u.code)).toEqual(['STC', 'STP']);
    const lost = await t
      .http()
      .get(`/api/v1/periods/${latest}/analysis/lost-points?by=area`)
      .set(auth)
      .expect(200);
    // STC alone: area 2 loses 0.25, area 3 loses 1 (area 1 loses nothing).
    expect(lost.body.rows.map((r: { key: string; lostPoints: number }) => [r.key, r.lostPoints])).toEqual([
      ['3', 1],
      ['2', 0.25],
    ]);
    const own = await t
      .http()
      .get(`/api/v1/periods/${latest}/analysis/lost-points?by=leaf&unit=STP`)
      .set(admin.auth)
      .expect(200);
    // STP alone (the results unit page): 1.1 0.5, 1.2 0.875, 2.1 1, 2.2 1.5.
    expect(own.body.rows.map((r: { key: string; lostPoints: number }) => [r.key, r.lostPoints])).toEqual([
      ['2.2', 1.5],
      ['2.1', 1],
      ['1.2', 0.875],
      ['1.1', 0.5],
    ]);
    const robust = await t
      .http()
      .get(`/api/v1/periods/${latest}/analysis/robustness?iterations=10`)
      .set(auth)
      .expect(200);
    // The rank still stands on every unit: STC first of two.
    expect(robust.body.units.map((u: { code: string; rank: number }) => [u.code, u.rank])).toEqual([
      ['STC', 1],
    ]);
  });
});
