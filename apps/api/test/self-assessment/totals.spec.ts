import { exampleAssessments } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/**
 * Issue 19: every total the API shows is the engine's — the same number compute publishes (applicable max,
 * bonus/penalty, index) — on the worked example, where units have not-applicable leaves and adjustments.
 */
describe('totals shown are compute’s totals', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
  });
  afterAll(() => t.close());

  it('the summary route, each assessment and compute agree unit by unit', async () => {
    const computed = await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);
    const summary = await t.http().get(`${base()}/assessments`).set(w.admin.auth).expect(200);
    const shown = (row: {
      unitCode?: string;
      code?: string;
      points: number;
      maxPoints: number;
      index: number;
    }) => ({
      code: row.unitCode ?? row.code,
      points: row.points,
      maxPoints: row.maxPoints,
      index: row.index,
    });
    const expected = computed.body.units
      .map(shown)
      .sort((a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code));
    expect(
      summary.body.items
        .map(shown)
        .sort((a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code)),
    ).toEqual(expected);
    for (const unit of expected) {
      const one = await t.http().get(`${base()}/assessments/${unit.code}`).set(w.admin.auth).expect(200);
      expect({
        code: unit.code,
        points: one.body.points,
        maxPoints: one.body.maxPoints,
        index: one.body.index,
      }).toEqual(unit);
      const nodes = computed.body.units.find((u: { code: string }) => u.code === unit.code).nodes;
      for (const area of one.body.areas) {
        const node = nodes[area.code];
        expect({ area: area.code, points: area.points, max: area.maxPoints }).toEqual({
          area: area.code,
          points: node.points,
          max: node.maxPoints,
        });
      }
    }
  });

  it('the example exercises what raw sums get wrong: a not-applicable leaf or an adjustment', () => {
    const doc = exampleAssessments() as {
      units: Array<{ items: Record<string, { notApplicable?: boolean }>; bonus?: number; penalty?: number }>;
    };
    const tricky = doc.units.some(
      (unit) => Object.values(unit.items).some((input) => input.notApplicable) || unit.bonus || unit.penalty,
    );
    expect(tricky).toBe(true);
  });
});
