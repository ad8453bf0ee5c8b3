import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUser, type CreatedUser } from '../support/auth';
import { binary } from '../support/binary';
import { requireInCi } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

/** Issue 19: who signed what — the submission records the head's name and the report's number and date. */
describe('signed submission', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  let head: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    head = await createUser(t, w.admin, 'unit_head', { unitCode: 'STP' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    const inputs: Record<string, object> = {
      '1.1': { value: true },
      '1.2': { numerator: 19, denominator: 20 },
      '1.3': { count: 1 },
      '2.1': { numerator: 195, denominator: 200 },
      '2.2': { points: 1 },
    };
    for (const [leaf, input] of Object.entries(inputs))
      await t
        .http()
        .put(`${base()}/assessments/STP/items/${leaf}`)
        .set(editor.session.auth)
        .send({ version: 0, input, note: `Báo cáo kèm theo, mục ${leaf}` })
        .expect(200);
  });
  afterAll(() => t.close());

  it('a malformed report date is a 400, and nothing is submitted', async () => {
    for (const reportDate of ['2027-02-30', '25/01/2027', '2027-01-25T10:00:00Z']) {
      const res = await t
        .http()
        .post(`${base()}/assessments/STP/submit`)
        .set(head.session.auth)
        .send({ reportDate })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const view = await t.http().get(`${base()}/assessments/STP`).set(head.session.auth).expect(200);
    expect(view.body.status).toBe('draft');
  });

  it('records the head’s name, report number and date, audited, and the PDF carries them', async () => {
    const res = await t
      .http()
      .post(`${base()}/assessments/STP/submit`)
      .set(head.session.auth)
      .send({ headName: 'Nguyễn Văn An', reportNumber: '12/BC-STP', reportDate: '2027-01-25' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'submitted',
      headName: 'Nguyễn Văn An',
      reportNumber: '12/BC-STP',
      reportDate: '2027-01-25',
    });
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'assessment.submit', entityId: `${w.periodId}/STP` });
    expect(audit.after).toMatchObject({ headName: 'Nguyễn Văn An', reportNumber: '12/BC-STP' });
    const pdf = (
      await t
        .http()
        .get(`${base()}/assessments/STP/export.pdf`)
        .set(head.session.auth)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    const raw = pdf.toString('latin1');
    const subject = /\/Subject (\d+) 0 R/.exec(raw)?.[1];
    // The document's metadata names the report (its pages are glyph-encoded; pdftotext reads them in CI).
    expect(new RegExp(`\\n${subject} 0 obj\\s*\\(12/BC-STP\\)`).test(raw)).toBe(true);
    if (!requireInCi('pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'par-signed-'));
    writeFileSync(join(dir, 'signed.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'signed.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Số: 12/BC-STP');
    expect(text).toContain('ngày 25 tháng 01 năm 2027');
    expect(text).toContain('Nguyễn Văn An');
  });
});
