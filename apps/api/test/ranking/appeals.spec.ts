import { computeResults, parseAssessments, parseCriteriaSet } from '@par/scoring';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { binary } from '../support/binary';
import { createUser, login, type CreatedUser } from '../support/auth';
import { exampleCriteriaSet } from '../support/criteria-set';
import { pdfBytes } from '../support/files';
import { exampleAssessments } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

type Doc = { units: Array<{ code: string; items: Record<string, Record<string, unknown>> }> };
type FeedUnit = { code: string; index: number; rank: number; points: number; name: string };

const ACK = { acknowledgeWarnings: true, acknowledgementReason: 'HTU chưa có phiếu điều tra 3.1' };
const DECISION = { decisionNo: '125/QĐ-UBND', decisionDate: '2027-02-15', signer: 'Nguyễn Văn Ánh' };
const DECISION_2 = { decisionNo: '210/QĐ-UBND', decisionDate: '2027-03-20', signer: 'Nguyễn Văn Ánh' };
const DAY = 24 * 60 * 60_000;

describe('appeals after publication (phúc khảo) and publication versions', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let sxd: CreatedUser;
  let stp: CreatedUser;
  let council: CreatedUser;
  let areaAppraiser: CreatedUser;
  let viewer: CreatedUser;
  let appealId: string;
  let v1: { etag: string; sxd: FeedUnit };
  const base = () => `/api/v1/periods/${w.periodId}`;
  const feed = (query = '') => t.http().get(`/api/v1/public/periods/${w.periodId}/results${query}`);

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    sxd = await createUser(t, w.admin, 'unit_editor', { unitCode: 'SXD' });
    stp = await createUser(t, w.admin, 'unit_head', { unitCode: 'STP' });
    council = await createUser(t, w.admin, 'appraiser', { areaCodes: ['*'] });
    areaAppraiser = await createUser(t, w.admin, 'appraiser', { areaCodes: ['1'] });
    viewer = await createUser(t, w.admin, 'viewer');
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);
  });
  afterAll(() => t.close());

  it('before publication an appeal is 409 PERIOD_STATE_CONFLICT; the window is set on the period', async () => {
    const early = await t
      .http()
      .post(`${base()}/appeals`)
      .set(sxd.session.auth)
      .send({ leaves: [{ leafCode: '1.1', reason: 'Đã ban hành kế hoạch đúng hạn' }] })
      .expect(409);
    expect(early.body.code).toBe('PERIOD_STATE_CONFLICT');
    const period = await t.http().get(base()).set(w.admin.auth).expect(200);
    expect(period.body.appealDays).toBe(15);
    const patched = await t
      .http()
      .patch(base())
      .set(w.admin.auth)
      .send({ appealDays: 10, version: period.body.version })
      .expect(200);
    expect(patched.body.appealDays).toBe(10);
    await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION, ...ACK })
      .expect(200);
    const res = await feed().set('Accept-Encoding', 'identity').expect(200);
    v1 = { etag: res.headers.etag, sxd: res.body.units.find((u: FeedUnit) => u.code === 'SXD') };
    const list = await t.http().get(`${base()}/appeals`).set(sxd.session.auth).expect(200);
    expect(list.body).toMatchObject({ appealDays: 10, open: true, pending: 0, appeals: [] });
    const published = await t.http().get(`${base()}/publication`).set(w.admin.auth).expect(200);
    expect(new Date(list.body.deadline).getTime()).toBe(
      new Date(published.body.publishedAt).getTime() + 10 * DAY,
    );
  });

  it('the unit files within the window, with reasons and evidence; other units and outsiders get 404', async () => {
    const filed = await t
      .http()
      .post(`${base()}/appeals`)
      .set(sxd.session.auth)
      .send({
        leaves: [
          { leafCode: '1.1', reason: 'Kế hoạch đã ban hành ngày 10/01, có văn bản kèm theo' },
          { leafCode: '1.3', reason: 'Số hồ sơ trễ hạn tính nhầm cả hồ sơ của năm trước' },
        ],
      })
      .expect(201);
    appealId = filed.body.id;
    expect(filed.body).toMatchObject({
      unitCode: 'SXD',
      unitName: 'Sở Xây dựng',
      publicationVersion: 1,
      status: 'pending',
      filedBy: sxd.username,
      leaves: [
        { leafCode: '1.1', publishedInput: { value: false }, outcome: null },
        { leafCode: '1.3', publishedInput: { count: 5 }, outcome: null },
      ],
    });
    const again = await t
      .http()
      .post(`${base()}/appeals`)
      .set(sxd.session.auth)
      .send({ leaves: [{ leafCode: '1.1', reason: 'Lần hai cho cùng tiêu chí' }] })
      .expect(409);
    expect(again.body.code).toBe('APPEAL_LEAF_TAKEN');
    await t
      .http()
      .post(`${base()}/appeals`)
      .set(sxd.session.auth)
      .send({ leaves: [{ leafCode: '9.9', reason: 'Tiêu chí không có' }] })
      .expect(404);

    const attached = await t
      .http()
      .post(`${base()}/appeals/${appealId}/leaves/1.1/evidence`)
      .set(sxd.session.auth)
      .attach('file', pdfBytes('Kế hoạch CCHC ngày 10/01'), 'ke-hoach.pdf')
      .expect(201);
    const evidence = attached.body.leaves[0].evidence;
    expect(evidence).toEqual([
      expect.objectContaining({
        fileName: 'ke-hoach.pdf',
        mime: 'application/pdf',
        uploadedBy: sxd.username,
      }),
    ]);
    const refused = await t
      .http()
      .post(`${base()}/appeals/${appealId}/leaves/1.1/evidence`)
      .set(sxd.session.auth)
      .attach('file', Buffer.from('MZ not a document'), 'x.pdf')
      .expect(415);
    expect(refused.body.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const download = await t
      .http()
      .get(`${base()}/appeals/${appealId}/evidence/${evidence[0].id}`)
      .set(council.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, pdfBytes('Kế hoạch CCHC ngày 10/01'))).toBe(0);

    // Another unit, an appraiser of one area only: 404 (nothing learned); a viewer: 403 by role.
    await t.http().get(`${base()}/appeals/${appealId}`).set(stp.session.auth).expect(404);
    await t.http().get(`${base()}/appeals/${appealId}`).set(areaAppraiser.session.auth).expect(404);
    await t
      .http()
      .get(`${base()}/appeals/${appealId}/evidence/${evidence[0].id}`)
      .set(stp.session.auth)
      .expect(404);
    await t
      .http()
      .post(`${base()}/appeals/${appealId}/leaves/1.1/evidence`)
      .set(stp.session.auth)
      .attach('file', pdfBytes('x'), 'x.pdf')
      .expect(404);
    expect((await t.http().get(`${base()}/appeals`).set(stp.session.auth).expect(200)).body.appeals).toEqual(
      [],
    );
    await t.http().get(`${base()}/appeals`).set(viewer.session.auth).expect(403);
    const seen = await t.http().get(`${base()}/appeals`).set(council.session.auth).expect(200);
    expect(seen.body.appeals.map((a: { id: string }) => a.id)).toEqual([appealId]);
    expect(seen.body.pending).toBe(2);

    // The period stays frozen for everything else.
    const write = await t
      .http()
      .put(`${base()}/assessments/SXD/items/1.1`)
      .set(w.admin.auth)
      .send({ input: { value: true }, version: 1 })
      .expect(409);
    expect(write.body.code).toBe('PERIOD_PUBLISHED');
    expect((await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(409)).body.code).toBe(
      'PERIOD_PUBLISHED',
    );
  });

  it('the council decides each leaf; the unit may not; the last decision runs the appeal compute', async () => {
    const current = await t.http().get(`${base()}/appeals/${appealId}`).set(council.session.auth).expect(200);
    const own = await t
      .http()
      .post(`${base()}/appeals/${appealId}/decisions`)
      .set(sxd.session.auth)
      .send({
        version: current.body.version,
        leaves: [
          { leafCode: '1.1', outcome: 'upheld', correctedInput: { value: true }, reason: 'Có minh chứng' },
        ],
      });
    expect(own.status).toBe(403);
    const bad = await t
      .http()
      .post(`${base()}/appeals/${appealId}/decisions`)
      .set(council.session.auth)
      .send({
        version: current.body.version,
        leaves: [
          { leafCode: '1.1', outcome: 'upheld', correctedInput: { count: 3 }, reason: 'Sai kiểu dữ liệu' },
        ],
      })
      .expect(422);
    expect(bad.body.code).toBe('INPUT_INVALID');
    const first = await t
      .http()
      .post(`${base()}/appeals/${appealId}/decisions`)
      .set(council.session.auth)
      .send({
        version: current.body.version,
        leaves: [
          {
            leafCode: '1.1',
            outcome: 'upheld',
            correctedInput: { value: true },
            reason: 'Minh chứng cho thấy kế hoạch đã ban hành',
          },
        ],
      })
      .expect(200);
    expect(first.body.computed).toBeNull(); // 1.3 still pending
    expect(first.body.appeal.leaves[0]).toMatchObject({
      outcome: 'upheld',
      correctedInput: { value: true },
      decidedBy: council.username,
    });
    const stale = await t
      .http()
      .post(`${base()}/appeals/${appealId}/decisions`)
      .set(council.session.auth)
      .send({
        version: current.body.version,
        leaves: [{ leafCode: '1.3', outcome: 'rejected', reason: 'Số liệu đúng' }],
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const pending = await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION_2, ...ACK })
      .expect(409);
    expect(pending.body.code).toBe('APPEALS_PENDING');

    const last = await t
      .http()
      .post(`${base()}/appeals/${appealId}/decisions`)
      .set(council.session.auth)
      .send({
        version: first.body.appeal.version,
        leaves: [{ leafCode: '1.3', outcome: 'rejected', reason: 'Số hồ sơ trễ hạn được tính đúng' }],
      })
      .expect(200);
    expect(last.body.appeal.status).toBe('decided');
    expect(last.body.computed).toMatchObject({ appeal: true, provisional: false, seq: 2 });
    const twice = await t
      .http()
      .post(`${base()}/appeals/${appealId}/decisions`)
      .set(council.session.auth)
      .send({
        version: last.body.appeal.version,
        leaves: [{ leafCode: '1.3', outcome: 'upheld', correctedInput: { count: 0 }, reason: 'Đổi ý' }],
      })
      .expect(409);
    expect(twice.body.code).toBe('APPEAL_ALREADY_DECIDED');
    const list = await t.http().get(`${base()}/appeals`).set(w.admin.auth).expect(200);
    expect(list.body.unpublishedSnapshot).toMatchObject({ id: last.body.computed.id, appeal: true });
    // The published results did not move: the period and its public feed still show version 1.
    expect((await feed().set('Accept-Encoding', 'identity').expect(200)).headers.etag).toBe(v1.etag);
  });

  it('publishes the new version under its own decision; the earlier stays readable and linked', async () => {
    const file = await t
      .http()
      .post(`${base()}/decision-file`)
      .set(w.admin.auth)
      .attach('file', pdfBytes('Quyết định 210 phúc khảo'), 'qd-210.pdf')
      .expect(201);
    const v2 = await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION_2, ...ACK, decisionFileId: file.body.id })
      .expect(200);
    const first = (await t.http().get(`${base()}/publication`).set(w.admin.auth).expect(200)).body;
    expect(v2.body).toMatchObject({ version: 2, decisionNo: '210/QĐ-UBND', decisionFileId: file.body.id });
    expect(first.version).toBe(2);
    expect(v2.body.supersedesId).toEqual(expect.any(String));

    // The numbers of version 2 are libs/scoring's on the final inputs with the upheld correction.
    const corrected = exampleAssessments() as Doc;
    corrected.units.find((u) => u.code === 'SXD')!.items['1.1'] = { value: true };
    const set = parseCriteriaSet(exampleCriteriaSet({ code: 'VD-SO-2026' }));
    if (!set.ok) throw new Error('set');
    const parsed = parseAssessments(corrected, set.value);
    if (!parsed.ok) throw new Error('assessments');
    const expected = computeResults(set.value, parsed.value);

    const latest = await feed().set('Accept-Encoding', 'identity').expect(200);
    expect(latest.headers.etag).not.toBe(v1.etag);
    expect(latest.body.period).toMatchObject({ version: 2, supersedes: 1, decisionNo: '210/QĐ-UBND' });
    for (const unit of expected.units) {
      const published = latest.body.units.find((u: FeedUnit) => u.code === unit.code);
      const {
        name: _name,
        groupName: _group,
        criteriaSet: _set,
        bandLabel: _label,
        change: _change,
        ...results
      } = published;
      expect(results).toEqual(unit);
    }
    const sxdNow = latest.body.units.find((u: FeedUnit) => u.code === 'SXD');
    expect(sxdNow.index).toBeGreaterThan(v1.sxd.index);

    const earlier = await feed('?version=1').set('Accept-Encoding', 'identity').expect(200);
    expect(earlier.headers.etag).toBe(v1.etag);
    expect(earlier.body.period).toMatchObject({ version: 1, decisionNo: '125/QĐ-UBND' });
    expect(earlier.body.units.find((u: FeedUnit) => u.code === 'SXD')).toEqual(v1.sxd);
    await feed('?version=3').expect(404);
    await feed('?version=x').expect(400);
    await feed().set('If-None-Match', v1.etag).expect(200);
    await feed().set('If-None-Match', latest.headers.etag).expect(304);

    const versions = await t.http().get(`/api/v1/public/periods/${w.periodId}/versions`).expect(200);
    expect(versions.headers['access-control-allow-origin']).toBe('*');
    expect(versions.body).toEqual([
      expect.objectContaining({
        version: 1,
        decisionNo: '125/QĐ-UBND',
        supersedes: null,
        supersededBy: 2,
        latest: false,
        etag: v1.etag,
      }),
      expect.objectContaining({
        version: 2,
        decisionNo: '210/QĐ-UBND',
        supersedes: 1,
        supersededBy: null,
        latest: true,
        hasDecisionFile: true,
      }),
    ]);
    const pdf = await t
      .http()
      .get(`/api/v1/public/periods/${w.periodId}/decision-file?version=2`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(pdf.body as Buffer, pdfBytes('Quyết định 210 phúc khảo'))).toBe(0);
    const periods = await t.http().get('/api/v1/public/periods').expect(200);
    expect(periods.body[0]).toMatchObject({ id: w.periodId, version: 2, decisionNo: '210/QĐ-UBND' });

    // Nothing new to publish: a third publish is refused.
    const again = await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION_2, ...ACK })
      .expect(409);
    expect(again.body.code).toBe('NO_APPEAL_RESULTS');

    const actions = (await t.dataSource.getRepository(AuditEntry).find())
      .map((entry) => entry.action)
      .filter(
        (action) =>
          action.startsWith('appeal.') ||
          action.startsWith('period.publish') ||
          action === 'period.compute_appeal',
      );
    expect(actions).toEqual(
      expect.arrayContaining([
        'appeal.file',
        'appeal.evidence',
        'appeal.evidence_download',
        'appeal.decide',
        'period.compute_appeal',
        'period.publish',
        'period.publish_version',
      ]),
    );
  });

  it('after the window an appeal is 409 APPEAL_WINDOW_CLOSED', async () => {
    t.clock.advance(11 * DAY);
    const session = await login(t, stp.username, stp.password);
    const late = await t
      .http()
      .post(`${base()}/appeals`)
      .set(session.auth)
      .send({ leaves: [{ leafCode: '1.2', reason: 'Tỷ lệ hồ sơ đúng hạn tính sai' }] })
      .expect(409);
    expect(late.body).toMatchObject({ code: 'APPEAL_WINDOW_CLOSED', deadline: expect.any(String) });
    const list = await t.http().get(`${base()}/appeals`).set(session.auth).expect(200);
    expect(list.body.open).toBe(false);
  });
});
