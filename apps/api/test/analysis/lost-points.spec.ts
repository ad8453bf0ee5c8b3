import { ANALYSIS_INPUTS as INPUTS, analysisWorld } from '../support/analysis-world';
import { createUser, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

type Row = { key: string | null; title: string; lostPoints: number; maxPoints: number; units: number };
const brief = (rows: Row[]) => rows.map((r) => [r.key, r.lostPoints, r.maxPoints, r.units]);

describe('analysis of a computed period, every figure by hand', () => {
  let t: TestApp;
  let admin: Session;
  let periodId: string;
  const get = (path: string, auth = admin.auth) =>
    t.http().get(`/api/v1/periods/${periodId}/analysis/${path}`).set(auth);

  beforeAll(async () => {
    t = await createTestApp();
    ({ admin, periodId } = await analysisWorld(t));
  });
  afterAll(() => t.close());

  it('404 RESULTS_NOT_COMPUTED before a compute; 401 anonymous; 403 for a unit officer', async () => {
    expect((await get('lost-points').expect(404)).body.code).toBe('RESULTS_NOT_COMPUTED');
    await t.http().get(`/api/v1/periods/${periodId}/analysis/lost-points`).expect(401);
    const officer = await createUser(t, admin, 'unit_editor', { unitCode: 'STP' });
    await get('lost-points', officer.session.auth).expect(403);
    await t.http().post(`/api/v1/periods/${periodId}/results/compute`).set(admin.auth).expect(200);
  });

  it('by leaf: Σ (applicable max − points), Σ applicable max, units losing; N/A loses nothing; penalty row last', async () => {
    const res = await get('lost-points?by=leaf').expect(200);
    expect(res.body.stale).toBe(false);
    expect(brief(res.body.rows)).toEqual([
      ['2.1.2', 3, 8, 2], // STP 1 + SXD 2
      ['1.1', 2.75, 8, 2], // STC 1 + SXD 1.75
      ['3.1', 2.75, 12, 2], // STC 0.75 + SXD 2 (tie with 1.1: set order)
      ['1.2', 1.75, 8, 2], // STP 0.5 + SXD 1.25
      ['2.1.1', 0.5, 3, 1], // STP not applicable: max 3 over STC, SXD, SNV
      ['penalty', 4, 0, 2], // STP 1 + SXD 4 capped at 3
    ]);
    expect(res.body.rows[1]).toMatchObject({
      title: 'Ban hành văn bản',
      criteriaSet: 'PT-2026',
      leadAgency: 'SNV',
      responsibleAgency: 'STP',
    });
    expect(res.body.rows[3]).toMatchObject({ leadAgency: 'SNV', responsibleAgency: 'Văn phòng UBND tỉnh' });
    expect(res.body.rows[2]).toMatchObject({ leadAgency: null, responsibleAgency: null });
  });

  it('by criterion (depth 2) and by area (depth 1)', async () => {
    const criteria = await get('lost-points?by=criterion').expect(200);
    expect(brief(criteria.body.rows)).toEqual([
      ['2.1', 3.5, 11, 3], // STP 1 (of 2: 2.1.1 N/A), STC 0.5, SXD 2
      ['1.1', 2.75, 8, 2],
      ['3.1', 2.75, 12, 2],
      ['1.2', 1.75, 8, 2],
      ['penalty', 4, 0, 2],
    ]);
    const areas = await get('lost-points?by=area').expect(200);
    expect(brief(areas.body.rows)).toEqual([
      ['1', 4.5, 16, 3], // STP 0.5, STC 1, SXD 3
      ['2', 3.5, 11, 3],
      ['3', 2.75, 12, 2],
      ['penalty', 4, 0, 2],
    ]);
  });

  it('by agency: the inherited responsible agency, else the inherited lead agency, else null', async () => {
    const res = await get('lost-points?by=agency').expect(200);
    expect(
      res.body.rows.map((r: Row & { leaves?: number }) => [
        r.key,
        r.title,
        r.lostPoints,
        r.maxPoints,
        r.units,
        r.leaves,
      ]),
    ).toEqual([
      ['SNV', 'Sở Nội vụ', 3.5, 11, 3, 2], // area 2 names no responsible agency: its lead agency
      ['STP', 'Sở Tư pháp', 2.75, 8, 2, 1], // 1.1 inherits area 1's responsible agency, not its lead SNV
      [null, 'Chưa xác định cơ quan', 2.75, 12, 2, 1], // 3.1: no agency on its path
      ['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', 1.75, 8, 2, 1], // the leaf's own, a name
      [expect.anything(), 'Điểm trừ', 4, 0, 2, undefined],
    ]);
    expect(res.body.rows[4].key).toBe('penalty');
  });

  it('a group narrows the units: a group that lost nothing has no rows, not even a penalty row', async () => {
    expect((await get('lost-points?by=area&group=g2').expect(200)).body.rows).toEqual([]);
    const g1 = await get('lost-points?by=area&group=g1').expect(200);
    expect(brief(g1.body.rows)).toEqual([
      ['1', 4.5, 12, 3],
      ['2', 3.5, 8, 3],
      ['3', 2.75, 9, 2],
      ['penalty', 4, 0, 2],
    ]);
    expect((await get('lost-points?by=unit').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('the heatmap: points lost per leaf and unit, null where not applicable', async () => {
    const res = await get('heatmap').expect(200);
    const [set] = res.body.sets;
    expect(set.leaves.map((l: { code: string }) => l.code)).toEqual(['1.1', '1.2', '2.1.1', '2.1.2', '3.1']);
    expect(set.units.map((u: { code: string; lost: (number | null)[] }) => [u.code, u.lost])).toEqual([
      ['STC', [1, 0, 0.5, 0, 0.75]],
      ['STP', [0, 0.5, null, 1, 0]],
      ['SXD', [1.75, 1.25, 0, 2, 2]],
      ['SNV', [0, 0, 0, 0, 0]],
    ]);
  });

  it('strengths and weaknesses against the group median of the area indexes', async () => {
    // g1 area indexes — 1: STP 87.5, STC 75, SXD 25 (median 75) · 2: STP 50 (1 of 2), STC 83.33, SXD 33.33
    // (median 50) · 3: STP 100, STC 75, SXD 33.33 (median 75). SNV is alone in g2: no strengths, no weaknesses.
    const res = await get('strengths').expect(200);
    const by = (code: string) => res.body.units.find((u: { code: string }) => u.code === code);
    const view = (list: { code: string; index: number; median: number; gap: number }[]) =>
      list.map((s) => [s.code, s.index, s.median, s.gap]);
    expect(view(by('STP').strengths)).toEqual([
      ['3', 100, 75, 25],
      ['1', 87.5, 75, 12.5],
    ]);
    expect(by('STP').weaknesses).toEqual([]);
    expect(view(by('STC').strengths)).toEqual([['2', 83.33, 50, 33.33]]);
    expect(view(by('SXD').weaknesses)).toEqual([
      ['1', 25, 75, -50],
      ['3', 33.33, 75, -41.67],
      ['2', 33.33, 50, -16.67],
    ]);
    expect(by('SNV')).toMatchObject({ strengths: [], weaknesses: [] });
  });

  it('rank robustness: seeded, deterministic; without survey leaves every interval is the official rank', async () => {
    // indexes: STC 7.75/10 = 77.5 (1st), STP (7.5 − 1)/9 = 72.22 (2nd), SXD (3 − 3)/10 = 0 (3rd); SNV 100.
    const first = await get('robustness?iterations=200&seed=7').expect(200);
    const again = await get('robustness?iterations=200&seed=7').expect(200);
    expect(again.body.units).toEqual(first.body.units);
    expect(first.body).toMatchObject({ iterations: 200, seed: 7, perturbedLeaves: 0 });
    expect(
      first.body.units.map(
        (u: { code: string; index: number; rank: number; rankLow: number; rankHigh: number }) => [
          u.code,
          u.index,
          u.rank,
          u.rankLow,
          u.rankHigh,
        ],
      ),
    ).toEqual([
      ['STC', 77.5, 1, 1, 1],
      ['STP', 72.22, 2, 2, 2],
      ['SXD', 0, 3, 3, 3],
      ['SNV', 100, 1, 1, 1],
    ]);
  });

  it('an input changed after the compute marks the analysis stale', async () => {
    const res = await t
      .http()
      .post(`/api/v1/periods/${periodId}/assessments/import`)
      .set(admin.auth)
      .send({
        ...INPUTS,
        units: [{ ...INPUTS.units[3], items: { ...INPUTS.units[3].items, '3.1': { points: 2 } } }],
      })
      .expect(201);
    expect(res.status).toBe(201);
    const after = await get('lost-points?by=area&group=g2').expect(200);
    expect(after.body.stale).toBe(true);
    expect(brief(after.body.rows)).toEqual([['3', 1, 3, 1]]);
  });
});
