import { AssessmentItem } from '../../src/self-assessment/assessment-item.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

describe('concurrency and deadlines', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  let otherEditor: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-12-01T00:00:00Z'));
    w = await exampleWorld(t, { deadlines: { selfAssessment: '2026-12-15T10:00:00Z' } });
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STC' });
    otherEditor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'SXD' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
  });
  afterAll(() => t.close());

  const put = (user: CreatedUser, unit: string, leaf: string, body: object) =>
    t.http().put(`${base()}/assessments/${unit}/items/${leaf}`).set(user.session.auth).send(body);

  it('20 parallel first writes of the same item: exactly one succeeds, the rest get 409, nothing is lost', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      put(editor, 'STC', '2.1', { version: 0, input: { numerator: 100 + i, denominator: 200 } }),
    );
    const results = await Promise.all(writes);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    const winner = results.find((r) => r.status === 200)!;
    for (const loser of results.filter((r) => r.status === 409))
      expect(loser.body.code).toBe('STALE_VERSION');
    const rows = await t.dataSource.getRepository(AssessmentItem).findBy({ leafCode: '2.1' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 1, selfInput: winner.body.self.input });
  });

  it('20 parallel writes of an existing item with the same version: exactly one succeeds', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      put(editor, 'STC', '2.1', { version: 1, input: { numerator: 150 + i, denominator: 200 } }),
    );
    const results = await Promise.all(writes);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!;
    const row = await t.dataSource.getRepository(AssessmentItem).findOneByOrFail({ leafCode: '2.1' });
    expect(row.version).toBe(2);
    expect(row.selfInput).toEqual(winner.body.self.input);
    // Every loser was told the truth: the current state is the winner's.
    for (const loser of results.filter((r) => r.status === 409)) expect(loser.body.current.version).toBe(2);
  });

  it('after the deadline the unit cannot write; an extension for that unit alone reopens it', async () => {
    await put(editor, 'STC', '1.1', { version: 0, input: { value: true } }).expect(200);
    t.clock.setNow(new Date('2026-12-15T10:00:01Z'));
    const late = await put(editor, 'STC', '1.1', { version: 1, input: { value: false } }).expect(409);
    expect(late.body).toMatchObject({ code: 'DEADLINE_PASSED', deadline: '2026-12-15T10:00:00.000Z' });
    expect(
      (
        await t
          .http()
          .post(`${base()}/assessments/STC/items/1.1/evidence`)
          .set(editor.session.auth)
          .attach('file', Buffer.from('%PDF-1.4 x'), 'a.pdf')
          .expect(409)
      ).body.code,
    ).toBe('DEADLINE_PASSED');

    await t
      .http()
      .patch(`${base()}/units/STC`)
      .set(w.admin.auth)
      .send({ selfAssessmentDue: '2026-12-20T10:00:00Z' })
      .expect(200);
    await put(editor, 'STC', '1.1', { version: 1, input: { value: false } }).expect(200);
    expect(
      (await put(otherEditor, 'SXD', '1.1', { version: 0, input: { value: true } }).expect(409)).body.code,
    ).toBe('DEADLINE_PASSED');

    t.clock.setNow(new Date('2026-12-20T10:00:01Z'));
    await put(editor, 'STC', '1.1', { version: 2, input: { value: true } }).expect(409);
    const view = await t.http().get(`${base()}/assessments/STC`).set(editor.session.auth).expect(200);
    expect(view.body.selfAssessmentDue).toBe('2026-12-20T10:00:00.000Z');
  });

  it('the admin is not bound by the unit deadline', async () => {
    await t
      .http()
      .put(`${base()}/assessments/SXD/items/1.1`)
      .set(w.admin.auth)
      .send({ version: 0, input: { value: true } })
      .expect(200);
  });
});
