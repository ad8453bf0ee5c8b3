import { exampleWorld } from '../support/world';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * `null` where a field is optional but not nullable is a 400 naming the field — not "given", reaching the
 * service (`null.trim()` answered 500 on PATCH /periods/{id}). Fields that take `null` say so in the schema.
 */
describe('null in optional, non-nullable fields', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof exampleWorld>>;
  beforeAll(async () => {
    t = await createTestApp();
    world = await exampleWorld(t);
  });
  afterAll(() => t.close());

  const refused = (
    res: { status: number; body: { code?: string; errors?: { field?: string }[] } },
    field: string,
  ) => {
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect((res.body.errors ?? []).map((e) => e.field)).toContain(field);
  };

  it('PATCH /periods/{id} with name null is 400 and changes nothing', async () => {
    const before = await t.http().get(`/api/v1/periods/${world.periodId}`).set(world.admin.auth).expect(200);
    const res = await t
      .http()
      .patch(`/api/v1/periods/${world.periodId}`)
      .set(world.admin.auth)
      .send({ name: null, version: before.body.version });
    refused(res, 'name');
    const after = await t.http().get(`/api/v1/periods/${world.periodId}`).set(world.admin.auth).expect(200);
    expect(after.body.name).toBe(before.body.name);
    expect(after.body.version).toBe(before.body.version);
  });

  it('PATCH /units/{code} and PATCH /criteria-sets/{id} with name null are 400', async () => {
    const unit = await t.http().get('/api/v1/units/STP').set(world.admin.auth).expect(200);
    refused(
      await t
        .http()
        .patch('/api/v1/units/STP')
        .set(world.admin.auth)
        .send({ name: null, version: unit.body.version }),
      'name',
    );
    const set = await t.http().get(`/api/v1/criteria-sets/${world.setId}`).set(world.admin.auth).expect(200);
    refused(
      await t
        .http()
        .patch(`/api/v1/criteria-sets/${world.setId}`)
        .set(world.admin.auth)
        .send({ name: null, version: set.body.version }),
      'name',
    );
  });
});
