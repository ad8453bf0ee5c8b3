import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

interface Item {
  leafCode: string;
  source: string;
  version: number;
  round1: unknown;
}

/** The council's bulk work: many leaves accepted in one step, several units finalized, the last step undone. */
describe('bulk appraisal', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  let appraiserArea1: CreatedUser;
  let council: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const auth = (user: CreatedUser) => user.session.auth;
  const items = async (unit: string): Promise<Item[]> =>
    (await t.http().get(`${base()}/assessments/${unit}`).set(w.admin.auth).expect(200)).body.items;
  const bulkAccept = (user: CreatedUser, body: object) =>
    t.http().post(`${base()}/appraisal/bulk-accept`).set(auth(user)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-12-01T03:00:00Z'));
    w = await exampleWorld(t, {
      deadlines: { selfAssessment: '2026-12-15T17:00:00+07:00', explanation: '2027-01-20T17:00:00+07:00' },
    });
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    appraiserArea1 = await createUser(t, w.admin, 'appraiser', { areaCodes: ['1'] });
    council = await createUser(t, w.admin, 'appraiser', { areaCodes: ['*'] });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    const put = (leaf: string, input: object) =>
      t
        .http()
        .put(`${base()}/assessments/STP/items/${leaf}`)
        .set(editor.session.auth)
        .send({ version: 0, input })
        .expect(200);
    await put('1.1', { value: true });
    await put('2.1', { numerator: 195, denominator: 200 });
    t.clock.setNow(new Date('2026-12-16T00:00:00Z'));
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'appraisal' }).expect(200);
  });
  afterAll(() => t.close());

  it('accepts the leaves it may, reports the others with their code, and writes nothing of a refused one', async () => {
    const res = await bulkAccept(appraiserArea1, {
      items: [
        { unitCode: 'STP', leafCode: '1.1', version: 1 },
        { unitCode: 'STP', leafCode: '2.1', version: 1 }, // area 2: not this appraiser's
        { unitCode: 'STP', leafCode: '1.2', version: 7 }, // stale
      ],
    }).expect(200);
    expect(res.body).toMatchObject({ done: 1, refused: 2 });
    expect(res.body.items).toEqual([
      { unitCode: 'STP', leafCode: '1.1', outcome: 'done', version: 2 },
      {
        unitCode: 'STP',
        leafCode: '2.1',
        outcome: 'refused',
        code: 'LEAF_NOT_IN_SCOPE',
        message: 'Tiêu chí không thuộc phạm vi thẩm định của bạn: tiêu chí 2.1',
        messageEn: 'The leaf is outside your appraisal scope: leaf 2.1',
      },
      expect.objectContaining({ leafCode: '1.2', outcome: 'refused', code: 'STALE_VERSION' }),
    ]);
    const stp = await items('STP');
    expect(stp.find((i) => i.leafCode === '1.1')?.round1).toMatchObject({ points: 1 });
    expect(stp.find((i) => i.leafCode === '2.1')?.round1).toBeNull();
    // The refused stale leaf left no row behind (a savepoint per leaf).
    expect(stp.find((i) => i.leafCode === '1.2')?.version).toBe(0);
    // The same leaf twice is a malformed request.
    await bulkAccept(appraiserArea1, {
      items: [
        { unitCode: 'STP', leafCode: '1.1', version: 2 },
        { unitCode: 'STP', leafCode: '1.1', version: 2 },
      ],
    }).expect(400);
  });

  it('undoes the acceptances it made, at the versions it answered, and not twice', async () => {
    const undo = await bulkAccept(appraiserArea1, {
      undo: true,
      items: [{ unitCode: 'STP', leafCode: '1.1', version: 2 }],
    }).expect(200);
    expect(undo.body).toMatchObject({ done: 1, refused: 0 });
    expect((await items('STP')).find((i) => i.leafCode === '1.1')?.round1).toBeNull();
    const again = await bulkAccept(appraiserArea1, {
      undo: true,
      items: [{ unitCode: 'STP', leafCode: '1.1', version: 2 }],
    }).expect(200);
    expect(again.body.items[0]).toMatchObject({ outcome: 'refused', code: 'STALE_VERSION' });
    const actions = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ entityId: `${w.periodId}/STP/1.1` });
    expect(actions.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['assessment.round1', 'assessment.bulk_undo']),
    );
  });

  it('the council accepts every remaining leaf of every unit; round 2 opens with nothing to explain; units are finalized together and the last step undone', async () => {
    const all = [];
    for (const unit of w.units) {
      for (const item of await items(unit)) {
        if (item.source === 'assessment' && !item.round1)
          all.push({ unitCode: unit, leafCode: item.leafCode, version: item.version });
      }
    }
    const res = await bulkAccept(council, { items: all }).expect(200);
    expect(res.body).toMatchObject({ done: all.length, refused: 0 });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'explanation' }).expect(200);
    // Every leaf accepted: no unit has anything to explain, so round 2 need not wait for the window.
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'final_appraisal' }).expect(200);

    const finalize = (body: object) =>
      t.http().post(`${base()}/assessments/bulk-finalize`).set(council.session.auth).send(body);
    const done = await finalize({ unitCodes: [...w.units, 'NOPE'] }).expect(200);
    expect(done.body).toMatchObject({ done: w.units.length, refused: 1 });
    expect(done.body.items.at(-1)).toMatchObject({ unitCode: 'NOPE', outcome: 'refused', code: 'NOT_FOUND' });
    const statuses = async () =>
      (await t.http().get(`${base()}/assessments`).set(w.admin.auth).expect(200)).body.items.map(
        (a: { status: string }) => a.status,
      );
    expect(new Set(await statuses())).toEqual(new Set(['final']));
    // An area appraiser may not finalize whole units.
    const partial = await t
      .http()
      .post(`${base()}/assessments/bulk-finalize`)
      .set(appraiserArea1.session.auth)
      .send({ unitCodes: ['STP'], undo: true })
      .expect(200);
    expect(partial.body).toMatchObject({ done: 0, refused: 1 });
    const undone = await finalize({ unitCodes: w.units, undo: true }).expect(200);
    expect(undone.body).toMatchObject({ done: w.units.length, refused: 0 });
    expect(new Set(await statuses())).toEqual(new Set(['explained']));
  });
});
