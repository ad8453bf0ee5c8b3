import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { loginAdmin, createUser, type Session } from '../support/auth';
import { exampleCriteriaSet } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';

describe('criteria sets', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  const api = () => ({
    get: (p: string) => t.http().get(`/api/v1${p}`).set(admin.auth),
    post: (p: string, b: object) => t.http().post(`/api/v1${p}`).set(admin.auth).send(b),
    patch: (p: string, b: object) => t.http().patch(`/api/v1${p}`).set(admin.auth).send(b),
    delete: (p: string) => t.http().delete(`/api/v1${p}`).set(admin.auth),
  });

  async function importSet(code: string): Promise<string> {
    const res = await api().post('/criteria-sets', exampleCriteriaSet({ code })).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), code });
    return res.body.id as string;
  }

  it('round-trips JSON → database → JSON unchanged', async () => {
    const id = await importSet('RT-1');
    const exported = await api().get(`/criteria-sets/${id}/export`).expect(200);
    expect(exported.body).toEqual(exampleCriteriaSet({ code: 'RT-1' }));
  });

  it('rejects a set with three independent errors, naming all three codes and nodes', async () => {
    const set = exampleCriteriaSet({ code: 'BAD-3' }) as unknown as {
      nodes: Array<Record<string, unknown> & { children: Array<Record<string, unknown>> }>;
    };
    set.nodes[1].maxPoints = 4; // area 2: children sum to 3
    set.nodes[2].children[0].rule = { kind: 'magic' }; // 3.1
    (set.nodes[0].children[1].rule as { tiers: Array<{ points: number }> }).tiers[0].points = 3; // 1.2: over its max of 2
    const res = await api().post('/criteria-sets', set).expect(422);
    expect(res.body.code).toBe('CRITERIA_SET_INVALID');
    const found = res.body.errors.map((e: { code: string; node: string }) => `${e.code}@${e.node}`).sort();
    expect(found).toEqual(['MAX_POINTS_MISMATCH@2', 'POINTS_OUT_OF_RANGE@1.2', 'UNKNOWN_RULE@3.1']);
    for (const e of res.body.errors) expect(e.messageEn).toEqual(expect.any(String));
    expect(
      (await api().get('/criteria-sets').expect(200)).body.items.map((s: { code: string }) => s.code),
    ).not.toContain('BAD-3');
  });

  it('refuses a duplicate code, an unknown unit type and a body that is not an object', async () => {
    await importSet('DUP-1');
    expect(
      (
        await api()
          .post('/criteria-sets', exampleCriteriaSet({ code: 'DUP-1' }))
          .expect(409)
      ).body.code,
    ).toBe('CRITERIA_SET_CODE_TAKEN');
    expect(
      (
        await api()
          .post('/criteria-sets', exampleCriteriaSet({ code: 'X-T', unitType: 'planet' }))
          .expect(422)
      ).body.code,
    ).toBe('UNIT_TYPE_UNKNOWN');
    const notObject = await t
      .http()
      .post('/api/v1/criteria-sets')
      .set(admin.auth)
      .set('Content-Type', 'application/json')
      .send('[1,2]')
      .expect(422);
    expect(notObject.body.code).toBe('CRITERIA_SET_INVALID');
  });

  it('edits nodes of a draft with live validation: tolerated sums, refused bad rules, nothing half-written', async () => {
    const id = await importSet('EDIT-1');
    const added = await api()
      .post(`/criteria-sets/${id}/nodes`, {
        parentCode: '1',
        code: '1.4',
        title: 'Kiểm tra CCHC',
        maxPoints: 0.5,
        rule: { kind: 'boolean' },
        leadAgency: 'SNV',
      })
      .expect(201);
    expect(added.body.issues.map((i: { code: string; node: string }) => `${i.code}@${i.node}`)).toEqual([
      'MAX_POINTS_MISMATCH@1',
    ]);
    const fixed = await api().patch(`/criteria-sets/${id}/nodes/1`, { maxPoints: 4.5 }).expect(200);
    expect(fixed.body.issues).toEqual([]);
    expect(fixed.body.maxPoints).toBe(10.5);

    const bad = await api()
      .patch(`/criteria-sets/${id}/nodes/1.2`, { rule: { kind: 'tiers', tiers: [{ min: 100, points: 5 }] } })
      .expect(422);
    expect(bad.body.code).toBe('CRITERIA_NODE_INVALID');
    expect(bad.body.errors[0]).toMatchObject({ code: 'POINTS_OUT_OF_RANGE', node: '1.2' });
    const after = await api().get(`/criteria-sets/${id}`).expect(200);
    const rule12 = after.body.document.nodes[0].children.find((n: { code: string }) => n.code === '1.2').rule;
    expect(rule12.tiers[0].points).toBe(2);
  });

  it('moves and renames nodes; a node cannot move under itself', async () => {
    const id = await importSet('MOVE-1');
    await api().patch(`/criteria-sets/${id}/nodes/2.2`, { parentCode: '1', position: 0 }).expect(200);
    const moved = await api().get(`/criteria-sets/${id}`).expect(200);
    expect(moved.body.document.nodes[0].children.map((n: { code: string }) => n.code)).toEqual([
      '2.2',
      '1.1',
      '1.2',
      '1.3',
    ]);
    await api().patch(`/criteria-sets/${id}/nodes/3`, { code: 'III' }).expect(200);
    const renamed = await api().get(`/criteria-sets/${id}`).expect(200);
    expect(renamed.body.document.nodes[2]).toMatchObject({
      code: 'III',
      children: [expect.objectContaining({ code: '3.1' })],
    });
    const cycle = await api().patch(`/criteria-sets/${id}/nodes/1`, { parentCode: '1.1' }).expect(422);
    expect(cycle.body.code).toBe('CRITERIA_NODE_INVALID');
    await api().delete(`/criteria-sets/${id}/nodes/III`).expect(204);
    const deleted = await api().get(`/criteria-sets/${id}`).expect(200);
    expect(deleted.body.document.nodes.map((n: { code: string }) => n.code)).toEqual(['1', '2']);
  });

  it('publishing freezes the set: every later write is 409 CRITERIA_SET_FROZEN', async () => {
    const id = await importSet('FREEZE-1');
    const published = await api().post(`/criteria-sets/${id}/publish`, {}).expect(200);
    expect(published.body.status).toBe('published');
    for (const res of [
      await api().patch(`/criteria-sets/${id}/nodes/1.1`, { title: 'x' }),
      await api().post(`/criteria-sets/${id}/nodes`, {
        parentCode: '1',
        code: '1.9',
        title: 'x',
        maxPoints: 1,
        rule: { kind: 'boolean' },
      }),
      await api().delete(`/criteria-sets/${id}/nodes/1.1`),
      await api().patch(`/criteria-sets/${id}`, { name: 'x', version: published.body.version }),
      await api().delete(`/criteria-sets/${id}`),
    ]) {
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 409,
        code: 'CRITERIA_SET_FROZEN',
      });
    }
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'criteria_set.publish', entityId: id });
    expect(audit).toHaveLength(1);
  });

  it('a set that does not validate cannot be published', async () => {
    const id = await importSet('NOPUB-1');
    await api()
      .post(`/criteria-sets/${id}/nodes`, {
        parentCode: '1',
        code: '1.4',
        title: 'x',
        maxPoints: 1,
        rule: { kind: 'boolean' },
      })
      .expect(201);
    const res = await api().post(`/criteria-sets/${id}/publish`, {}).expect(422);
    expect(res.body.errors[0]).toMatchObject({ code: 'MAX_POINTS_MISMATCH', node: '1' });
  });

  it('clones a published set to a new year as an editable draft', async () => {
    const id = await importSet('CLONE-2026');
    await api().post(`/criteria-sets/${id}/publish`, {}).expect(200);
    const clone = await api()
      .post(`/criteria-sets/${id}/clone`, { code: 'CLONE-2027', year: 2027 })
      .expect(201);
    const detail = await api().get(`/criteria-sets/${clone.body.id}`).expect(200);
    expect(detail.body).toMatchObject({
      code: 'CLONE-2027',
      year: 2027,
      status: 'draft',
      clonedFromId: id,
      leafCount: 6,
      maxPoints: 10,
    });
    const original = await api().get(`/criteria-sets/${id}/export`).expect(200);
    expect(detail.body.document.nodes).toEqual(original.body.nodes);
    await api()
      .patch(`/criteria-sets/${clone.body.id}/nodes/1.1`, { title: 'Ban hành kế hoạch CCHC năm 2027' })
      .expect(200);
    expect(
      (await api().post(`/criteria-sets/${id}/clone`, { code: 'CLONE-2027', year: 2027 }).expect(409)).body
        .code,
    ).toBe('CRITERIA_SET_CODE_TAKEN');
  });

  it('a stale version of the set metadata is refused', async () => {
    const id = await importSet('META-1');
    const first = await api().get(`/criteria-sets/${id}`).expect(200);
    await api()
      .patch(`/criteria-sets/${id}`, {
        name: 'Tên mới',
        sourceDecision: 'QĐ 12/QĐ-UBND',
        version: first.body.version,
      })
      .expect(200);
    const stale = await api()
      .patch(`/criteria-sets/${id}`, { name: 'Tên khác', version: first.body.version })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.current.name).toBe('Tên mới');
  });

  it('every signed-in user reads sets; only admin writes them', async () => {
    const id = await importSet('READ-1');
    const viewer = await createUser(t, admin, 'viewer');
    await t.http().get(`/api/v1/criteria-sets/${id}`).set(viewer.session.auth).expect(200);
    await t
      .http()
      .post('/api/v1/criteria-sets')
      .set(viewer.session.auth)
      .send(exampleCriteriaSet({ code: 'V-1' }))
      .expect(403);
    await t
      .http()
      .patch(`/api/v1/criteria-sets/${id}/nodes/1.1`)
      .set(viewer.session.auth)
      .send({ title: 'x' })
      .expect(403);
  });
});
