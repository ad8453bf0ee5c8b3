import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { pdfBytes } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/** The whole path of one period, every role, on the real database: self-assessment → two rounds → final. */
describe('assessment workflow', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  let head: CreatedUser;
  let appraiserArea1: CreatedUser;
  let appraiserAll: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-12-01T03:00:00Z'));
    w = await exampleWorld(t, {
      deadlines: { selfAssessment: '2026-12-15T17:00:00+07:00', explanation: '2027-01-20T17:00:00+07:00' },
    });
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    head = await createUser(t, w.admin, 'unit_head', { unitCode: 'STP' });
    appraiserArea1 = await createUser(t, w.admin, 'appraiser', { areaCodes: ['1'] });
    appraiserAll = await createUser(t, w.admin, 'appraiser', { areaCodes: ['*'] });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
  });
  afterAll(() => t.close());

  const put = (
    user: CreatedUser | { session: { auth: Record<string, string> } },
    unit: string,
    leaf: string,
    body: object,
  ) => t.http().put(`${base()}/assessments/${unit}/items/${leaf}`).set(user.session.auth).send(body);
  const view = async (unit = 'STP', user: { session: { auth: Record<string, string> } } = editor) =>
    (await t.http().get(`${base()}/assessments/${unit}`).set(user.session.auth).expect(200)).body;
  const item = async (leaf: string, unit = 'STP') =>
    (await view(unit, { session: { auth: w.admin.auth } })).items.find(
      (i: { leafCode: string }) => i.leafCode === leaf,
    );

  it('every unit starts with an empty draft listing every leaf at version 0', async () => {
    const a = await view();
    expect(a).toMatchObject({
      unitCode: 'STP',
      status: 'draft',
      group: 'departments',
      criteriaSetCode: 'VD-SO-2026',
      maxPoints: 10,
      points: 0,
    });
    expect(a.items.map((i: { leafCode: string; version: number }) => `${i.leafCode}@${i.version}`)).toEqual([
      '1.1@0',
      '1.2@0',
      '1.3@0',
      '2.1@0',
      '2.2@0',
      '3.1@0',
    ]);
  });

  it('the unit writes a leaf; the server computes the points, never the client', async () => {
    const res = await put(editor, 'STP', '1.2', {
      version: 0,
      input: { numerator: 19, denominator: 20 },
      note: 'Hoàn thành 19/20 nhiệm vụ',
    }).expect(200);
    expect(res.body).toMatchObject({
      leafCode: '1.2',
      version: 1,
      points: 1,
      self: {
        input: { numerator: 19, denominator: 20 },
        points: 1,
        text: 'Hoàn thành 19/20 nhiệm vụ',
        by: editor.username,
      },
    });
    expect(res.body.why).toContain('95');
    const forged = await put(editor, 'STP', '1.1', { version: 0, input: { value: true }, points: 99 }).expect(
      400,
    );
    expect(forged.body.errors[0].field).toBe('points');
  });

  it('a stale version is 409 with the current item; nothing is overwritten', async () => {
    const res = await put(editor, 'STP', '1.2', { version: 0, input: { value: 100 } }).expect(409);
    expect(res.body).toMatchObject({
      code: 'STALE_VERSION',
      current: { leafCode: '1.2', version: 1, points: 1 },
    });
    expect((await item('1.2')).self.input).toEqual({ numerator: 19, denominator: 20 });
  });

  it('survey leaves are never self-scored; an input that does not fit the rule is refused', async () => {
    expect(
      (await put(editor, 'STP', '3.1', { version: 0, input: { meanPercent: 100 } }).expect(422)).body.code,
    ).toBe('SURVEY_LEAF_NOT_SELF_SCORED');
    const bad = await put(editor, 'STP', '1.1', { version: 0, input: { count: 3 } }).expect(422);
    expect(bad.body).toMatchObject({
      code: 'INPUT_INVALID',
      errors: [expect.objectContaining({ leaf: '1.1' })],
    });
  });

  it('submission lists every leaf without input or evidence, and only the head submits', async () => {
    await t.http().post(`${base()}/assessments/STP/submit`).set(editor.session.auth).expect(403);
    const res = await t.http().post(`${base()}/assessments/STP/submit`).set(head.session.auth).expect(422);
    expect(res.body.code).toBe('ASSESSMENT_INCOMPLETE');
    expect(res.body.completeness).toEqual({
      complete: false,
      missingInput: ['1.1', '1.3', '2.1', '2.2'],
      missingEvidence: [],
    });
  });

  it('the unit completes the form with evidence and submits it; then it is locked', async () => {
    await put(editor, 'STP', '1.1', { version: 0, input: { value: true } }).expect(200);
    await put(editor, 'STP', '1.3', { version: 0, input: { count: 1 } }).expect(200);
    await put(editor, 'STP', '2.1', { version: 0, input: { numerator: 195, denominator: 200 } }).expect(200);
    await put(editor, 'STP', '2.2', { version: 0, input: { points: 1 } }).expect(200);
    const missing = await t
      .http()
      .get(`${base()}/assessments/STP/completeness`)
      .set(editor.session.auth)
      .expect(200);
    expect(missing.body).toEqual({
      complete: false,
      missingInput: [],
      missingEvidence: ['1.1', '1.3', '2.1', '2.2'],
    });
    for (const leaf of ['1.1', '1.3', '2.1']) {
      await t
        .http()
        .post(`${base()}/assessments/STP/items/${leaf}/evidence`)
        .set(editor.session.auth)
        .attach('file', pdfBytes(leaf), `minh-chung-${leaf}.pdf`)
        .expect(201);
    }
    await put(editor, 'STP', '2.2', {
      version: 1,
      note: 'Báo cáo rà soát TTHC gửi kèm công văn số 12',
    }).expect(200);
    const submitted = await t
      .http()
      .post(`${base()}/assessments/STP/submit`)
      .set(head.session.auth)
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', selfPoints: 5.7 }); // 1 + 1 + 0.75 + 1.95 + 1
    expect(
      (await put(editor, 'STP', '1.1', { version: 1, input: { value: false } }).expect(409)).body.code,
    ).toBe('ASSESSMENT_LOCKED');
  });

  it('appraisal opens at the deadline; drafts left are locked as they are', async () => {
    t.clock.setNow(new Date('2026-12-16T00:00:00Z'));
    const res = await t
      .http()
      .post(`${base()}/state`)
      .set(w.admin.auth)
      .send({ state: 'appraisal' })
      .expect(200);
    expect(res.body.units.map((u: { assessmentStatus: string }) => u.assessmentStatus)).toEqual(
      Array(5).fill('submitted'),
    );
  });

  it('round 1: appraisers act in their scope only, and a change of points needs a reason', async () => {
    const out = await put(appraiserArea1, 'STP', '2.1', { version: 1, accept: true }).expect(403);
    expect(out.body.code).toBe('LEAF_NOT_IN_SCOPE');
    const queue = await t
      .http()
      .get(`${base()}/appraisal-queue`)
      .query({ unitCode: 'STP' })
      .set(appraiserArea1.session.auth)
      .expect(200);
    expect(queue.body.items.map((i: { leafCode: string }) => i.leafCode)).toEqual(['1.1', '1.2', '1.3']);
    expect(queue.body.items[0]).toMatchObject({
      round: 1,
      pending: true,
      self: { points: 1 },
      evidence: [expect.objectContaining({ fileName: 'minh-chung-1.1.pdf' })],
    });

    // Other figures, same points (95 % and 85 % are both in the ≥ 80 tier): no reason needed.
    const same = await put(appraiserArea1, 'STP', '1.2', { version: 1, input: { value: 85 } }).expect(200);
    expect(same.body).toMatchObject({ points: 1, adjusted: false, round1: { points: 1, text: null } });
    expect(
      (await put(appraiserArea1, 'STP', '1.2', { version: 2, input: { value: 75 } }).expect(422)).body.code,
    ).toBe('COMMENT_REQUIRED');
    const adjusted = await put(appraiserArea1, 'STP', '1.2', {
      version: 2,
      input: { value: 75 },
      comment: 'Chỉ 15/20 nhiệm vụ có minh chứng hoàn thành',
    }).expect(200);
    expect(adjusted.body).toMatchObject({
      points: 0,
      adjusted: true,
      self: { points: 1 },
      round1: { points: 0 },
    });
    const cut = await put(appraiserArea1, 'STP', '1.1', {
      version: (await item('1.1')).version,
      input: { value: false },
      comment: 'Kế hoạch ban hành trễ hạn',
    }).expect(200);
    expect(cut.body).toMatchObject({
      points: 0,
      adjusted: true,
      self: { points: 1 },
      round1: { points: 0, text: 'Kế hoạch ban hành trễ hạn', by: appraiserArea1.username },
    });
    // The audit log keeps the stage fields under its stored keys (older than the entity's round1/round2 names).
    const audited = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'assessment.round1', entityId: `${w.periodId}/STP/1.1` });
    expect(audited.after).toMatchObject({
      selfPointsMilli: 1000,
      selfNote: null,
      r1PointsMilli: 0,
      r1Comment: 'Kế hoạch ban hành trễ hạn',
      explanation: null,
      r2PointsMilli: null,
      r2Comment: null,
      finalPointsMilli: 0,
    });
    await put(appraiserArea1, 'STP', '1.3', { version: (await item('1.3')).version, accept: true }).expect(
      200,
    );
  });

  it('explanation waits until every assessment leaf of every unit has a round-1 decision', async () => {
    const early = await t
      .http()
      .post(`${base()}/state`)
      .set(w.admin.auth)
      .send({ state: 'explanation' })
      .expect(409);
    expect(early.body.errors[0].message).toContain('STP');
    for (const unit of w.units) {
      const a = await view(unit, appraiserAll);
      for (const i of a.items.filter(
        (x: { source: string; round1: unknown }) => x.source === 'assessment' && !x.round1,
      )) {
        await put(
          appraiserAll,
          unit,
          i.leafCode,
          i.self
            ? { version: i.version, accept: true }
            : { version: i.version, input: { points: 0 }, comment: 'Không tự chấm' },
        ).expect(200);
      }
    }
    const pending = await t
      .http()
      .get(`${base()}/appraisal-queue`)
      .set(appraiserAll.session.auth)
      .expect(200);
    expect(pending.body.total).toBe(0);
    const res = await t
      .http()
      .post(`${base()}/state`)
      .set(w.admin.auth)
      .send({ state: 'explanation' })
      .expect(200);
    expect(res.body.units.every((u: { assessmentStatus: string }) => u.assessmentStatus === 'returned')).toBe(
      true,
    );
  });

  it('the unit explains adjusted leaves only, with its own evidence, and closes the round', async () => {
    expect(
      (
        await put(editor, 'STP', '1.3', { version: (await item('1.3')).version, explanation: 'x' }).expect(
          422,
        )
      ).body.code,
    ).toBe('EXPLANATION_NOT_ALLOWED');
    const current = await item('1.1');
    const explained = await put(editor, 'STP', '1.1', {
      version: current.version,
      explanation: 'Kế hoạch ban hành ngày 10/01, đúng hạn theo văn bản hướng dẫn',
    }).expect(200);
    expect(explained.body.explanation).toMatchObject({
      text: expect.stringContaining('đúng hạn'),
      by: editor.username,
    });
    const upload = await t
      .http()
      .post(`${base()}/assessments/STP/items/1.1/evidence`)
      .set(editor.session.auth)
      .attach('file', pdfBytes('QĐ ban hành kế hoạch'), 'quyet-dinh.pdf')
      .expect(201);
    expect(upload.body.stage).toBe('explanation');
    await t.http().post(`${base()}/assessments/STP/explanation/submit`).set(head.session.auth).expect(200);
  });

  it('round 2 waits for the explanation window of every unit', async () => {
    const early = await t
      .http()
      .post(`${base()}/state`)
      .set(w.admin.auth)
      .send({ state: 'final_appraisal' })
      .expect(409);
    expect(early.body.errors[0].code).toBe('EXPLANATION_WINDOW_OPEN');
    t.clock.setNow(new Date('2027-01-21T00:00:00Z'));
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'final_appraisal' }).expect(200);
  });

  it('round 2 decides explained leaves, then the assessment is final and locked', async () => {
    const early = await t
      .http()
      .post(`${base()}/assessments/STP/finalize`)
      .set(appraiserAll.session.auth)
      .expect(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ leaf: '1.1', code: 'ROUND2_PENDING' })]);
    const queue = await t
      .http()
      .get(`${base()}/appraisal-queue`)
      .set(appraiserArea1.session.auth)
      .expect(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        unitCode: 'STP',
        leafCode: '1.1',
        round: 2,
        explanation: expect.objectContaining({ text: expect.any(String) }),
      }),
    ]);
    const current = await item('1.1');
    const restored = await put(appraiserArea1, 'STP', '1.1', {
      version: current.version,
      input: { value: true },
      comment: 'Chấp nhận giải trình',
    }).expect(200);
    expect(restored.body).toMatchObject({ points: 1, round2: { points: 1, text: 'Chấp nhận giải trình' } });
    // The audit log keeps the leaf input itself, before and after (issue 19).
    const logged = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'assessment.round2', entityId: `${w.periodId}/STP/1.1` });
    expect(logged.before).toMatchObject({
      selfInput: { value: true },
      r1Input: { value: false },
      r2Input: null,
    });
    expect(logged.after).toMatchObject({ r2Input: { value: true } });
    // A leaf round 1 accepted and the unit never explained is not round 2's: 409, pointing to a reopen.
    const closed = await put(appraiserArea1, 'STP', '1.3', {
      version: (await item('1.3')).version,
      input: { count: 0 },
      comment: 'Đổi ý',
    }).expect(409);
    expect(closed.body).toMatchObject({ code: 'ROUND2_LEAF_NOT_OPEN', leaf: '1.3' });
    expect((await item('1.3')).round2?.at ?? null).toBeNull();
    const final = await t
      .http()
      .post(`${base()}/assessments/STP/finalize`)
      .set(appraiserAll.session.auth)
      .expect(200);
    expect(final.body).toMatchObject({ status: 'final', points: 4.7 }); // 1.2 stays cut to 0: it was not explained
    expect(
      (
        await put(appraiserAll, 'STP', '1.2', { version: (await item('1.2')).version, accept: true }).expect(
          409,
        )
      ).body.code,
    ).toBe('ASSESSMENT_LOCKED');
  });

  it('an admin reopens with a reason (audited), and the appraiser finalizes again', async () => {
    await t
      .http()
      .post(`${base()}/assessments/STP/reopen`)
      .set(w.admin.auth)
      .send({ reason: 'abc' })
      .expect(400);
    await t
      .http()
      .post(`${base()}/assessments/STP/reopen`)
      .set(appraiserAll.session.auth)
      .send({ reason: 'Điều chỉnh theo kết luận của Hội đồng' })
      .expect(403);
    const reopened = await t
      .http()
      .post(`${base()}/assessments/STP/reopen`)
      .set(w.admin.auth)
      .send({ reason: 'Điều chỉnh theo kết luận của Hội đồng' })
      .expect(200);
    expect(reopened.body.status).toBe('explained');
    const entry = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'assessment.reopen' });
    expect(entry.after).toEqual({ status: 'explained', reason: 'Điều chỉnh theo kết luận của Hội đồng' });
    const current = await item('1.2');
    await put(appraiserAll, 'STP', '1.2', {
      version: current.version,
      input: { value: 100 },
      comment: 'Bổ sung minh chứng 3 nhiệm vụ',
    }).expect(200);
    await t.http().post(`${base()}/assessments/STP/finalize`).set(appraiserAll.session.auth).expect(200);
  });

  it('every appraised bonus and penalty is audited with the final inputs; compute and publish lock everything', async () => {
    for (const unit of w.units.filter((u) => u !== 'STP')) {
      await t
        .http()
        .post(`${base()}/assessments/${unit}/finalize`)
        .set(appraiserAll.session.auth)
        .expect(200);
    }
    const results = await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);
    const stp = results.body.units.find((u: { code: string }) => u.code === 'STP');
    expect(stp).toMatchObject({
      points: 6.7,
      maxPoints: 10,
      index: 67,
      rank: 1,
      band: 'TB',
      missing: ['3.1'],
    });
    // STP has a leaf without input: publishing needs the warnings acknowledged, with a reason.
    expect(results.body.warnings).toContainEqual({ unit: 'STP', code: 'MISSING_LEAVES', leaves: ['3.1'] });
    const unacknowledged = await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ decisionNo: '15/QĐ-UBND', decisionDate: '2027-02-10' })
      .expect(409);
    expect(unacknowledged.body.code).toBe('RESULTS_WARNINGS_NOT_ACKNOWLEDGED');
    await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({
        decisionNo: '15/QĐ-UBND',
        decisionDate: '2027-02-10',
        acknowledgeWarnings: true,
        acknowledgementReason: 'Tiêu chí 3.1 không có số liệu năm nay',
      })
      .expect(200);
    expect(
      (
        await t
          .http()
          .post(`${base()}/assessments/STP/reopen`)
          .set(w.admin.auth)
          .send({ reason: 'Sau công bố' })
          .expect(409)
      ).body.code,
    ).toBe('PERIOD_PUBLISHED');
    const publicResults = await t.http().get(`/api/v1/public/periods/${w.periodId}/results`).expect(200);
    expect(publicResults.body.units).toHaveLength(5);
    const itemsAudit = await t.dataSource
      .getRepository(AuditEntry)
      .countBy({ entityType: 'assessment_item' });
    expect(itemsAudit).toBeGreaterThan(20);
  });
});
