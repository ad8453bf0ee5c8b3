import { createUser, type CreatedUser } from '../support/auth';
import { pdfBytes } from '../support/files';
import { exampleAssessments } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

const ACK = { acknowledgeWarnings: true, acknowledgementReason: 'HTU chưa có phiếu điều tra 3.1' };
const DECISION = { decisionNo: '125/QĐ-UBND', decisionDate: '2027-02-15', signer: 'Nguyễn Văn Ánh' };
const sized = (text: string, size: number) => Buffer.concat([pdfBytes(text), Buffer.alloc(size, 0x20)]);

/** Issue 17: an appeal's evidence is the unit's evidence — the same quotas and upload rate as any other. */
describe('appeal evidence counts in the evidence quotas and the upload rate limit', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let sxd: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        EVIDENCE_UNIT_QUOTA_BYTES: '8192',
        EVIDENCE_PERIOD_QUOTA_BYTES: '1000000',
        EVIDENCE_UPLOADS_PER_HOUR: '4',
      },
    });
    w = await exampleWorld(t);
    sxd = await createUser(t, w.admin, 'unit_editor', { unitCode: 'SXD' });
  });
  afterAll(() => t.close());

  it('adds appeal files to the unit’s assessment evidence; a file the unit has costs nothing; uploads are rate limited', async () => {
    // Before publication: 5,000 bytes of assessment evidence (upload 1 of 4 this hour).
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    const first = sized('ke hoach', 5000);
    await t
      .http()
      .post(`${base()}/assessments/SXD/items/1.1/evidence`)
      .set(sxd.session.auth)
      .attach('file', first, 'ke-hoach.pdf')
      .expect(201);
    await t
      .http()
      .post(`${base()}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
    await t.http().post(`${base()}/results/compute`).set(w.admin.auth).expect(200);
    await t
      .http()
      .post(`${base()}/publish`)
      .set(w.admin.auth)
      .send({ ...DECISION, ...ACK })
      .expect(200);
    const filed = await t
      .http()
      .post(`${base()}/appeals`)
      .set(sxd.session.auth)
      .send({ leaves: [{ leafCode: '1.1', reason: 'Kế hoạch đã ban hành ngày 10/01, có văn bản kèm theo' }] })
      .expect(201);
    const attach = (bytes: Buffer, name: string) =>
      t
        .http()
        .post(`${base()}/appeals/${filed.body.id}/leaves/1.1/evidence`)
        .set(sxd.session.auth)
        .attach('file', bytes, name);

    // 5,000 more bytes would put SXD at 10,000 > 8,192 (upload 2).
    const over = await attach(sized('van ban khac', 5000), 'van-ban.pdf').expect(413);
    expect(over.body.code).toBe('EVIDENCE_QUOTA_EXCEEDED');
    expect(over.body.quotaBytes).toBe(8192);
    expect(over.body.usedBytes).toBe(first.length);
    // The file SXD already gave as assessment evidence costs nothing (upload 3), a small one fits (upload 4).
    await attach(first, 'ke-hoach-lan-2.pdf').expect(201);
    await attach(pdfBytes('bien ban'), 'bien-ban.pdf').expect(201);
    // The fifth upload in the hour: 429 with Retry-After, like assessment evidence.
    const limited = await attach(pdfBytes('lan nam'), 'lan-nam.pdf').expect(429);
    expect(limited.headers['retry-after']).toBeDefined();

    const appeal = await t.http().get(`${base()}/appeals/${filed.body.id}`).set(sxd.session.auth).expect(200);
    expect(appeal.body.leaves[0].evidence.map((e: { fileName: string }) => e.fileName).sort()).toEqual([
      'bien-ban.pdf',
      'ke-hoach-lan-2.pdf',
    ]);
  });
});
