import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { listZipEntries } from '../../src/common/zip/zip-inspector';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { analysisWorld } from '../support/analysis-world';
import { createUser, type CreatedUser, type Session } from '../support/auth';
import { binary } from '../support/binary';
import { pdfBytes } from '../support/files';
import { requireInCi } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Remediation plan of the published small period (../support/analysis-world.ts): tasks made from lost-points
 * rows in one request, owned by any agency, reported on by their owners, overdue after the due day, and a
 * progress report by a date in .xlsx and PDF.
 */
describe('remediation tasks', () => {
  let t: TestApp;
  let admin: Session;
  let periodId: string;
  let stpEditor: CreatedUser;
  let stcEditor: CreatedUser;
  let viewer: CreatedUser;
  const ids: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'par-remediation-'));
  const create = (body: object, auth = admin.auth) =>
    t
      .http()
      .post('/api/v1/remediation-tasks')
      .set(auth)
      .send({ periodId, ...body });
  const patch = (id: string, body: object, auth = admin.auth) =>
    t.http().patch(`/api/v1/remediation-tasks/${id}`).set(auth).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-10-01T02:00:00Z'));
    ({ admin, periodId } = await analysisWorld(t));
    await t.http().post(`/api/v1/periods/${periodId}/results/compute`).set(admin.auth).expect(200);
    await t
      .http()
      .post(`/api/v1/periods/${periodId}/publish`)
      .set(admin.auth)
      .send({ decisionNo: '15/QĐ-UBND', decisionDate: '2026-09-30' })
      .expect(200);
    stpEditor = await createUser(t, admin, 'unit_editor', { unitCode: 'STP' });
    stcEditor = await createUser(t, admin, 'unit_editor', { unitCode: 'STC' });
    viewer = await createUser(t, admin, 'viewer');
  });
  afterAll(() => t.close());

  it('creates a task from an agency row in one request, after publication: title, owner and lost points from the row', async () => {
    const res = await create({ from: { by: 'agency', key: 'STP' }, dueDate: '2026-11-10' }).expect(201);
    expect(res.body).toMatchObject({
      periodId,
      level: 'agency',
      sourceKey: 'STP',
      lostPoints: 2.75,
      title: 'Khắc phục điểm bị mất thuộc trách nhiệm của Sở Tư pháp',
      ownerAgency: 'STP',
      ownerName: 'Sở Tư pháp',
      status: 'not_started',
      progress: 0,
      overdue: false,
      version: 1,
    });
    ids.stp = res.body.id;
  });

  it('from a leaf row the owner is its responsible agency — any agency, here one that is not evaluated', async () => {
    const res = await create({
      from: { by: 'leaf', key: '1.2', criteriaSet: 'PT-2026' },
      dueDate: '2026-12-31',
    }).expect(201);
    expect(res.body).toMatchObject({
      level: 'leaf',
      sourceKey: '1.2',
      criteriaSet: 'PT-2026',
      lostPoints: 1.75,
      title: 'Khắc phục: 1.2 Kiểm soát thủ tục',
      ownerAgency: 'Văn phòng UBND tỉnh',
      ownerName: null,
    });
    ids.vp = res.body.id;
  });

  it('the penalty row names no agency: the owner is given (police), else 400; a row that lost nothing is 404', async () => {
    expect(
      (await create({ from: { by: 'penalty', key: 'penalty' }, dueDate: '2026-11-30' }).expect(400)).body
        .code,
    ).toBe('VALIDATION_FAILED');
    const res = await create({
      from: { by: 'penalty', key: 'penalty' },
      ownerAgency: 'Công an tỉnh',
      dueDate: '2026-11-30',
    }).expect(201);
    expect(res.body).toMatchObject({ level: 'penalty', lostPoints: 4, ownerAgency: 'Công an tỉnh' });
    ids.penalty = res.body.id;
    expect(
      (await create({ from: { by: 'leaf', key: '9.9' }, dueDate: '2026-11-30' }).expect(404)).body.code,
    ).toBe('NOT_FOUND');
    await create({ ownerAgency: 'STP', dueDate: '2026-11-30' }).expect(400);
    await create({ title: 'x', ownerAgency: 'STP', dueDate: '2026-02-30' }).expect(400);
    await create({ title: 'x', ownerAgency: 'STP', dueDate: '2026-11-30' }, viewer.session.auth).expect(403);
  });

  it('a national area where the province lost points becomes a task the same way', async () => {
    const standing = await t
      .http()
      .post('/api/v1/national-standing')
      .set(admin.auth)
      .send({
        year: 2025,
        indexCode: 'PAR_INDEX',
        areaCode: '3',
        areaTitle: 'Cải cách thủ tục hành chính',
        value: 9.1,
        maxPoints: 12,
        rank: 30,
        rankOf: 34,
      })
      .expect(201);
    const res = await create({
      from: { by: 'national', key: standing.body.id },
      ownerAgency: 'VPUBND',
      dueDate: '2026-12-15',
    }).expect(201);
    expect(res.body).toMatchObject({
      level: 'national',
      sourceKey: 'PAR_INDEX:3',
      lostPoints: 2.9,
      title: 'Khắc phục: PAR INDEX năm 2025 — Cải cách thủ tục hành chính',
      ownerAgency: 'VPUBND',
    });
    ids.national = res.body.id;
    await create({
      from: { by: 'national', key: '00000000-0000-4000-8000-000000000000' },
      ownerAgency: 'X',
      dueDate: '2026-12-15',
    }).expect(404);
  });

  it('the owner agency reports progress with optimistic concurrency; others may not', async () => {
    t.clock.setNow(new Date('2026-11-05T03:00:00Z'));
    const res = await patch(
      ids.stp,
      { version: 1, status: 'in_progress', progress: 40, note: 'Đã ban hành kế hoạch khắc phục' },
      stpEditor.session.auth,
    ).expect(200);
    expect(res.body).toMatchObject({ status: 'in_progress', progress: 40, version: 2 });
    expect(res.body.notes.at(-1)).toMatchObject({
      by: stpEditor.username,
      text: 'Đã ban hành kế hoạch khắc phục',
      progress: 40,
      status: 'in_progress',
    });
    const stale = await patch(ids.stp, { version: 1, progress: 50 }, stpEditor.session.auth).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', current: { version: 2, progress: 40 } });
    await patch(ids.stp, { version: 2, title: 'Khác' }, stpEditor.session.auth).expect(403);
    await patch(ids.stp, { version: 2, progress: 50 }, stcEditor.session.auth).expect(403);
    await patch(ids.stp, { version: 2, progress: 101 }).expect(400);
  });

  it('evidence goes to the evidence storage and comes back', async () => {
    const res = await t
      .http()
      .post(`/api/v1/remediation-tasks/${ids.stp}/evidence`)
      .set(stpEditor.session.auth)
      .attach('file', pdfBytes('Kế hoạch khắc phục'), 'ke-hoach-khac-phuc.pdf')
      .expect(201);
    expect(res.body.evidence).toEqual([
      expect.objectContaining({ fileName: 'ke-hoach-khac-phuc.pdf', mime: 'application/pdf' }),
    ]);
    const file = await t
      .http()
      .get(`/api/v1/remediation-tasks/${ids.stp}/evidence/${res.body.evidence[0].id}`)
      .set(viewer.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((file.body as Buffer).equals(pdfBytes('Kế hoạch khắc phục'))).toBe(true);
  });

  it('overdue after the end of the due day in the province’s time zone; listed on the dashboard', async () => {
    t.clock.setNow(new Date('2026-11-10T16:59:59Z')); // 23:59:59 on 10 Nov in Hà Nội
    expect(
      (await t.http().get(`/api/v1/remediation-tasks/${ids.stp}`).set(admin.auth).expect(200)).body.overdue,
    ).toBe(false);
    t.clock.setNow(new Date('2026-11-12T02:00:00Z'));
    const overdue = await t
      .http()
      .get('/api/v1/remediation-tasks/overdue')
      .set(viewer.session.auth)
      .expect(200);
    expect(overdue.body.map((task: { id: string }) => task.id)).toEqual([ids.stp]);
    const listed = await t
      .http()
      .get(`/api/v1/periods/${periodId}/remediation-tasks?overdue=true`)
      .set(viewer.session.auth)
      .expect(200);
    expect(listed.body.map((task: { id: string }) => task.id)).toEqual([ids.stp]);
    t.clock.setNow(new Date('2026-11-20T02:00:00Z'));
    const done = await patch(ids.stp, { version: 3, status: 'done', note: 'Hoàn thành' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', progress: 100, overdue: false });
    expect(done.body.completedAt).toMatch(/^2026-11-20T02:00:0/);
    expect(
      (await t.http().get('/api/v1/remediation-tasks/overdue').set(admin.auth).expect(200)).body,
    ).toEqual([]);
  });

  it('the progress report by a date (.xlsx): the plan as it stood then', async () => {
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/remediation-tasks/report.xlsx?asOf=2026-11-15`)
      .set(viewer.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    writeFileSync(join(dir, 'tien-do.xlsx'), res.body as Buffer);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A2').text).toBe(
      'Tính đến ngày 15/11/2026. Tổng số 4 nhiệm vụ: 0 hoàn thành, 1 quá hạn.',
    );
    const rows = [5, 6, 7, 8].map((r) => (sheet.getRow(r).values as unknown[]).slice(1, 10));
    expect(rows).toEqual([
      [
        1,
        'Khắc phục điểm bị mất thuộc trách nhiệm của Sở Tư pháp',
        'STP',
        2.75,
        'Sở Tư pháp (STP)',
        '10/11/2026',
        'Đang thực hiện',
        40,
        'Quá hạn',
      ],
      [
        2,
        'Khắc phục các nội dung bị trừ điểm',
        'penalty',
        4,
        'Công an tỉnh',
        '30/11/2026',
        'Chưa thực hiện',
        0,
        '',
      ],
      [
        3,
        'Khắc phục: PAR INDEX năm 2025 — Cải cách thủ tục hành chính',
        'PAR_INDEX:3',
        2.9,
        'VPUBND',
        '15/12/2026',
        'Chưa thực hiện',
        0,
        '',
      ],
      [
        4,
        'Khắc phục: 1.2 Kiểm soát thủ tục',
        '1.2',
        1.75,
        'Văn phòng UBND tỉnh',
        '31/12/2026',
        'Chưa thực hiện',
        0,
        '',
      ],
    ]);
    const later = await t
      .http()
      .get(`/api/v1/periods/${periodId}/remediation-tasks/report.xlsx?asOf=2026-11-25`)
      .set(admin.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(later.body as never);
    expect((book2.worksheets[0].getRow(5).values as unknown[]).slice(7, 10)).toEqual(['Hoàn thành', 100, '']);
  });

  it('the same report as PDF with Vietnamese diacritics intact', async () => {
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/remediation-tasks/report.pdf?asOf=2026-11-15`)
      .set(admin.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!requireInCi('pdftotext')) return;
    writeFileSync(join(dir, 'tien-do.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'tien-do.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC');
    expect(text).toContain('tính đến ngày 15/11/2026');
    expect(text).toContain('Công an tỉnh');
    expect(text).toContain('Văn phòng UBND tỉnh');
    expect(text).toContain('Quá hạn');
  });

  it('the annual analysis report (PDF) for the standing agency to sign', async () => {
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/analysis/report.pdf`)
      .set(viewer.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await t
      .http()
      .get(`/api/v1/periods/${periodId}/analysis/report.pdf`)
      .set(stpEditor.session.auth)
      .expect(403);
    if (!requireInCi('pdftotext')) return;
    writeFileSync(join(dir, 'bao-cao.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO PHÂN TÍCH');
    expect(text).toContain('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(text).toContain('Quyết định số 15/QĐ-UBND');
    expect(text).toContain('I. ĐIỂM BỊ MẤT THEO CƠ QUAN CHỊU TRÁCH NHIỆM');
    expect(text).toMatch(/Sở Nội vụ\s+3\.5\s+11\s+3/);
    expect(text).toContain('1. Thể chế');
    expect(text).toMatch(/1\.2\s+Kiểm soát thủ tục\s+Văn phòng UBND tỉnh\s+1\.75\s+2/);
    expect(text).toContain('Chưa xác định cơ quan');
    expect(text).toContain('Điểm trừ của các đơn vị: 4 điểm.');
    expect(text).toContain('III. ĐIỂM MẠNH, ĐIỂM YẾU');
    expect(text).toContain('Khắc phục các nội dung bị trừ điểm');
    expect(text).toContain('CƠ QUAN THƯỜNG TRỰC');
    expect(text).toContain('(Ký, ghi rõ họ tên, đóng dấu)');
  });

  it('the annual analysis report as .docx: the same content as the PDF, in a Word package', async () => {
    const res = await t
      .http()
      .get(`/api/v1/periods/${periodId}/analysis/report.docx`)
      .set(viewer.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await t
      .http()
      .get(`/api/v1/periods/${periodId}/analysis/report.docx`)
      .set(stpEditor.session.auth)
      .expect(403);
    const docx = res.body as Buffer;
    const entries = listZipEntries(docx);
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/document.xml',
    ]);
    const part = entries.find((e) => e.name === 'word/document.xml')!;
    const at = part.localHeaderOffset;
    const start = at + 30 + docx.readUInt16LE(at + 26) + docx.readUInt16LE(at + 28);
    const xml = inflateRawSync(docx.subarray(start, start + part.compressedSize)).toString('utf8');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('BÁO CÁO PHÂN TÍCH|KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(text).toContain('Quyết định số 15/QĐ-UBND');
    expect(text).toContain('Sở Nội vụ|3.5|11|3');
    expect(text).toContain('1.2|Kiểm soát thủ tục|Văn phòng UBND tỉnh|1.75|2');
    expect(text).toContain('Điểm trừ của các đơn vị: 4 điểm.');
    expect(text).toContain('CƠ QUAN THƯỜNG TRỰC|CẢI CÁCH HÀNH CHÍNH|(Ký, ghi rõ họ tên, đóng dấu)');
    // Well-formed enough for Word: every opened element of the body closes (CI installs LibreOffice Calc only,
    // so Writer cannot open it here).
    for (const tag of ['w:p', 'w:tbl', 'w:tr', 'w:tc'])
      expect(xml.split(`<${tag}>`).length).toBe(xml.split(`</${tag}>`).length);
  });

  it('every write is audited; delete needs the current version', async () => {
    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ entityType: 'remediation_task' });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'remediation.create',
      'remediation.create',
      'remediation.create',
      'remediation.create',
      'remediation.evidence',
      'remediation.update',
      'remediation.update',
    ]);
    await t.http().delete(`/api/v1/remediation-tasks/${ids.vp}?version=2`).set(admin.auth).expect(409);
    await t.http().delete(`/api/v1/remediation-tasks/${ids.vp}?version=1`).set(admin.auth).expect(204);
    await t.http().get(`/api/v1/remediation-tasks/${ids.vp}`).set(admin.auth).expect(404);
  });
});
