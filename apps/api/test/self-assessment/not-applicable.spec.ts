import type { CriteriaNodeV1, CriteriaSetV1 } from '@par/scoring';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/** 1.3 of the worked example may be not applicable; no other leaf may. */
function allowOn13(set: CriteriaSetV1): CriteriaSetV1 {
  const mark = (nodes: readonly CriteriaNodeV1[]): CriteriaNodeV1[] =>
    nodes.map((node) =>
      node.code === '1.3'
        ? { ...node, notApplicableAllowed: true }
        : node.children
          ? { ...node, children: mark(node.children) }
          : node,
    );
  return { ...set, nodes: mark(set.nodes) };
}

/** Issue 19: "not applicable" only where the set allows it, with a note; the admin's import may mark any leaf. */
describe('not applicable', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const put = (leaf: string, body: object) =>
    t.http().put(`${base()}/assessments/STP/items/${leaf}`).set(editor.session.auth).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t, { editSet: allowOn13 });
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
  });
  afterAll(() => t.close());

  it('the set carries the flag (criteria-set/v1 round trip)', async () => {
    const doc = await t.http().get(`/api/v1/criteria-sets/${w.setId}/export`).set(w.admin.auth).expect(200);
    const leaf13 = doc.body.nodes[0].children.find((node: { code: string }) => node.code === '1.3');
    expect(leaf13.notApplicableAllowed).toBe(true);
    expect(doc.body.nodes[0].children[0].notApplicableAllowed).toBeUndefined();
  });

  it('a leaf the set does not allow: 422, nothing written', async () => {
    const res = await put('1.1', { version: 0, input: { notApplicable: true }, note: 'Không có' }).expect(
      422,
    );
    expect(res.body.code).toBe('NOT_APPLICABLE_NOT_ALLOWED');
    const view = await t.http().get(`${base()}/assessments/STP`).set(editor.session.auth).expect(200);
    expect(view.body.items[0]).toMatchObject({ leafCode: '1.1', version: 0, notApplicableAllowed: false });
  });

  it('an allowed leaf needs a note; with one it leaves the applicable max', async () => {
    const bare = await put('1.3', { version: 0, input: { notApplicable: true } }).expect(422);
    expect(bare.body).toMatchObject({
      code: 'NOT_APPLICABLE_NOT_ALLOWED',
      errors: [expect.objectContaining({ code: 'NOTE_REQUIRED', leaf: '1.3', field: 'note' })],
    });
    const ok = await put('1.3', {
      version: 0,
      input: { notApplicable: true },
      note: 'Năm 2026 đơn vị không có nhiệm vụ này',
    }).expect(200);
    expect(ok.body).toMatchObject({ notApplicableAllowed: true, self: { input: { notApplicable: true } } });
    const cleared = await put('1.3', { version: 1, note: '' }).expect(422);
    expect(cleared.body.code).toBe('NOT_APPLICABLE_NOT_ALLOWED');
  });

  it('the admin’s import may mark any leaf, audited with the value', async () => {
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send({
        format: 'par-index.assessments/v1',
        criteriaSet: 'VD-SO-2026',
        units: [{ code: 'STC', group: 'departments', items: { '1.1': { notApplicable: true } } }],
      })
      .expect(201);
    const entry = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'assessment.import', entityId: `${w.periodId}/STC` });
    expect(entry.after).toMatchObject({ items: { '1.1': { notApplicable: true } } });
  });
});
