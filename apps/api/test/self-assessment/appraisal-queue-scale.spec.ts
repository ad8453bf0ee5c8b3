import { createUnit, createUser, loginAdmin, type Session } from '../support/auth';
import { branch, criteriaSetDocument, leaf } from '../support/criteria-set';
import { createTestApp, type TestApp } from '../support/test-app';

const UNITS = 3300;
const AREAS = 5;
const LEAVES_PER_AREA = 30; // 150 leaves

/**
 * The appraisal queue at national scale (issue 21): a period of 3,300 submitted units × 150 leaves —
 * 495,000 candidate rows. The old queue loaded every item into memory and sent one SQL parameter per item
 * (`IN ($1 … $n)`), past PostgreSQL's 65,535-parameter cap from ~437 units × 150 leaves: it answered 500.
 */
describe('appraisal queue at national scale', () => {
  let t: TestApp;
  let admin: Session;
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
    const areas = Array.from({ length: AREAS }, (_, a) =>
      branch(
        String(a + 1),
        `Lĩnh vực ${a + 1}`,
        Array.from({ length: LEAVES_PER_AREA }, (_, l) =>
          leaf(`${a + 1}.${l + 1}`, `Tiêu chí ${a + 1}.${l + 1}`, l < 20 ? 0.5 : 1, { kind: 'boolean' }),
        ),
      ),
    );
    const set = await t
      .http()
      .post('/api/v1/criteria-sets')
      .set(admin.auth)
      .send(criteriaSetDocument(areas, { code: 'QG-2026' }))
      .expect(201);
    await createUnit(t, admin, 'U00000', 'department', 'Đơn vị mẫu');
    const period = await t
      .http()
      .post('/api/v1/periods')
      .set(admin.auth)
      .send({
        year: 2026,
        name: 'Kỳ quốc gia',
        criteriaSetId: set.body.id,
        units: [{ code: 'U00000', group: 'all' }],
      })
      .expect(201);
    periodId = period.body.id as string;
    const setId = set.body.id as string;
    // 3,300 more units, each in the period with a submitted assessment and a self score on every leaf; the
    // round-1 decision is taken on every leaf of one unit in three (`i % 3 = 0`).
    await t.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO unit (code, name, type_code)
           SELECT 'U' || lpad(i::text, 5, '0'), 'Đơn vị số ' || i, 'department' FROM generate_series(1, $1) AS i`,
        [UNITS],
      );
      await manager.query(
        `INSERT INTO period_unit (period_id, unit_id, group_code, criteria_set_id)
           SELECT $1, u.id, 'all', $2 FROM unit u WHERE u.code <> 'U00000'`,
        [periodId, setId],
      );
      await manager.query(`DELETE FROM assessment WHERE period_id = $1`, [periodId]);
      await manager.query(
        `INSERT INTO assessment (period_id, unit_id, criteria_set_id, status, submitted_at)
           SELECT $1, u.id, $2, 'submitted', now() FROM unit u WHERE u.code <> 'U00000'`,
        [periodId, setId],
      );
      await manager.query(
        `INSERT INTO assessment_item (assessment_id, leaf_code, self_input, self_points_milli, self_at,
                                      r1_input, r1_points_milli, r1_at)
           SELECT a.id, l.code, 'true'::jsonb, 500, now(),
                  CASE WHEN substr(u.code, 2)::int % 3 = 0 THEN 'true'::jsonb END,
                  CASE WHEN substr(u.code, 2)::int % 3 = 0 THEN 500 END,
                  CASE WHEN substr(u.code, 2)::int % 3 = 0 THEN now() END
             FROM assessment a JOIN unit u ON u.id = a.unit_id
             JOIN criteria_node l ON l.set_id = a.criteria_set_id
            WHERE a.period_id = $1 AND l.parent_code IS NOT NULL`,
        [periodId],
      );
      await manager.query(`UPDATE period SET state = 'appraisal' WHERE id = $1`, [periodId]);
    });
  }, 600_000);
  afterAll(() => t.close());

  const decided = Math.floor(UNITS / 3); // 1,100 units decided
  const leaves = AREAS * LEAVES_PER_AREA;

  it('answers 200 with the totals of all 495,000 rows and the first page in order', async () => {
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/appraisal-queue?limit=100`)
      .set(admin.auth)
      .expect(200);
    expect(res.body.total).toBe((UNITS - decided) * leaves);
    expect(res.body.pending).toBe((UNITS - decided) * leaves);
    expect(res.body).toMatchObject({ limit: 100, offset: 0 });
    expect(res.body.items).toHaveLength(100);
    // U00001 (pending) first, its 150 leaves in the set's order; U00003 (decided) never appears.
    expect(res.body.items.slice(0, 3).map((i: { unitCode: string; leafCode: string }) => i.leafCode)).toEqual(
      ['1.1', '1.2', '1.3'],
    );
    expect(new Set(res.body.items.map((i: { unitCode: string }) => i.unitCode))).toEqual(new Set(['U00001']));
    expect(res.body.items[0]).toMatchObject({ unitName: 'Đơn vị số 1', pending: true, round: 1 });
    expect(res.body.items[0].self).toMatchObject({ points: 0.5 });
  }, 120_000);

  it('counts done and all rows, and pages deep into the list', async () => {
    const all = await t
      .http()
      .get(`/api/v1/periods/${periodId}/appraisal-queue?status=all&limit=10&offset=${leaves * 2}`)
      .set(admin.auth)
      .expect(200);
    expect(all.body.total).toBe(UNITS * leaves);
    expect(all.body.pending).toBe((UNITS - decided) * leaves);
    // Offset 300 = the first leaf of the third unit, U00003 (decided).
    expect(all.body.items[0]).toMatchObject({ unitCode: 'U00003', leafCode: '1.1', pending: false });
    const done = await t
      .http()
      .get(`/api/v1/periods/${periodId}/appraisal-queue?status=done&limit=1&sort=-unitCode`)
      .set(admin.auth)
      .expect(200);
    expect(done.body.total).toBe(decided * leaves);
    expect(done.body.pending).toBe(0);
    expect(done.body.items[0]).toMatchObject({ unitCode: 'U03300', leafCode: '1.1' });
  }, 120_000);

  it('narrows to an appraiser’s assignment (one area of every unit) in SQL', async () => {
    const appraiser = await createUser(t, admin, 'appraiser', { areaCodes: ['2'] });
    await t
      .http()
      .put(`/api/v1/periods/${periodId}/appraisal-assignments`)
      .set(admin.auth)
      .send({ assignments: [{ username: appraiser.username, areaCodes: ['2'], unitCodes: [] }] })
      .then((res) => {
        if (res.status >= 300) throw new Error(`assignments → ${res.status} ${JSON.stringify(res.body)}`);
      });
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/appraisal-queue?limit=5&unitCode=u00002`)
      .set(appraiser.session.auth)
      .expect(200);
    expect(res.body.total).toBe(LEAVES_PER_AREA);
    expect(res.body.items.map((i: { leafCode: string }) => i.leafCode)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
    ]);
    const everyUnit = await t
      .http()
      .get(`/api/v1/periods/${periodId}/appraisal-queue?limit=1`)
      .set(appraiser.session.auth)
      .expect(200);
    expect(everyUnit.body.total).toBe((UNITS - decided) * LEAVES_PER_AREA);
  }, 120_000);

  it('refuses an unknown sort field with 400 SORT_FIELD_UNKNOWN', async () => {
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/appraisal-queue?sort=password`)
      .set(admin.auth)
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'SORT_FIELD_UNKNOWN',
      allowed: expect.arrayContaining(['unitCode']),
    });
  });
});
