import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/** Issue 19: deadlines are instants; a date alone is the end of that day in the province's time zone. */
describe('deadlines as instants', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const period = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t, {
      deadlines: { selfAssessment: '2027-02-05', explanation: '2027-03-10T17:00' },
    });
  });
  afterAll(() => t.close());

  it('a date alone ends that day in Asia/Ho_Chi_Minh; a time without offset is the province’s wall clock', async () => {
    const res = await t.http().get(period()).set(w.admin.auth).expect(200);
    expect(res.body.deadlines).toMatchObject({
      selfAssessment: '2027-02-05T16:59:59.999Z',
      explanation: '2027-03-10T10:00:00.000Z',
    });
  });

  it('a unit’s extension given as a date ends that day too', async () => {
    const res = await t
      .http()
      .patch(`${period()}/units/STP`)
      .set(w.admin.auth)
      .send({ selfAssessmentDue: '2027-02-12' })
      .expect(200);
    const stp = res.body.units.find((unit: { code: string }) => unit.code === 'STP');
    expect(stp.selfAssessmentDue).toBe('2027-02-12T16:59:59.999Z');
  });

  it.each(['2027-02-30', '2027-02-05T25:00', 'tomorrow', '05/02/2027'])(
    'a malformed date %j is 400, never 500',
    async (value) => {
      const res = await t
        .http()
        .patch(period())
        .set(w.admin.auth)
        .send({ deadlines: { selfAssessment: value } })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    },
  );
});
