import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { exampleAssessments } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/** Issue 19: an import of final inputs changes only what it names; `replace=true` replaces everything. */
describe('final-inputs import: merge by default, replace on request', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const base = () => `/api/v1/periods/${w.periodId}`;
  const points = async (unit: string) => {
    const res = await t.http().get(`${base()}/assessments/${unit}`).set(w.admin.auth).expect(200);
    return Object.fromEntries(
      res.body.items.map((item: { leafCode: string; points: number | null }) => [item.leafCode, item.points]),
    );
  };
  const partial = (items: Record<string, unknown>, extra: object = {}) => ({
    format: 'par-index.assessments/v1',
    criteriaSet: 'VD-SO-2026',
    units: [{ code: 'STP', group: 'departments', items, ...extra }],
  });

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

  it('a file naming one leaf changes that leaf only; survey-stage counts and bonus/penalty stay', async () => {
    const before = await points('STP');
    const otherUnit = await points('STC');
    expect(before['1.2']).toBeGreaterThan(0);
    expect(before['3.1']).toBeGreaterThan(0);
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(partial({ '1.1': { value: false } }))
      .expect(201);
    const after = await points('STP');
    expect(after).toEqual({ ...before, '1.1': 0 });
    expect(await points('STC')).toEqual(otherUnit);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .find({ where: { action: 'assessment.import', entityId: `${w.periodId}/STP` }, order: { at: 'DESC' } });
    expect(audit[0].before).toMatchObject({ items: { '1.1': { value: true } } });
    expect(audit[0].after).toMatchObject({ mode: 'merge', items: { '1.1': { value: false } } });
    expect(Object.keys(audit[0].after!.items as object)).toEqual(['1.1']);
  });

  it('replace=true blanks every leaf the file leaves out', async () => {
    await t
      .http()
      .post(`${base()}/assessments/import?replace=true`)
      .set(w.admin.auth)
      .send(partial({ '1.1': { value: true } }))
      .expect(201);
    const after = await points('STP');
    expect(after['1.1']).toBe(1);
    expect(after['1.2']).toBeNull();
    expect(after['3.1']).toBeNull();
  });

  it('a malformed replace flag is a 400, not a silent merge', async () => {
    await t
      .http()
      .post(`${base()}/assessments/import?replace=maybe`)
      .set(w.admin.auth)
      .send(partial({ '1.1': { value: true } }))
      .expect(400);
  });
});
