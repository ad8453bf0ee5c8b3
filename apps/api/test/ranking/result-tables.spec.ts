import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binary } from '../support/binary';
import { exampleAssessments } from '../support/fixtures';
import { requireInCi, xlsxToCsvWithLibreOffice } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

describe('official results tables: .xlsx per ranking group, CSV, the publication PDF', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  const base = () => `/api/v1/periods/${w.periodId}/results`;
  const dir = mkdtempSync(join(tmpdir(), 'par-results-export-'));
  const get = (path: string) => t.http().get(path).set(w.admin.auth).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    await t
      .http()
      .post(`/api/v1/periods/${w.periodId}/assessments/import`)
      .set(w.admin.auth)
      .send(exampleAssessments())
      .expect(201);
  });
  afterAll(() => t.close());

  it('404 RESULTS_NOT_COMPUTED before a compute', async () => {
    const res = await t.http().get(`${base()}/export.xlsx`).set(w.admin.auth).expect(404);
    expect(res.body.code).toBe('RESULTS_NOT_COMPUTED');
  });

  it('the .xlsx has one sheet per ranking group in the provinces’ layout', async () => {
    await t.http().post(`${base()}/compute`).set(w.admin.auth).expect(200);
    await t
      .http()
      .post(`/api/v1/periods/${w.periodId}/publish`)
      .set(w.admin.auth)
      .send({
        decisionNo: '125/QĐ-UBND',
        decisionDate: '2027-02-15',
        signer: 'Nguyễn Văn Ánh',
        acknowledgeWarnings: true,
        acknowledgementReason: 'HTU chưa có phiếu điều tra 3.1',
      })
      .expect(200);
    const res = await get(`${base()}/export.xlsx`).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['departments', 'districts']);
    const sheet = book.getWorksheet('departments')!;
    expect(sheet.getCell('A2').text).toContain('125/QĐ-UBND');
    const header = (sheet.getRow(4).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 3)).toEqual(['STT', 'Mã', 'Tên đơn vị']);
    expect(header.slice(-8)).toEqual([
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Điểm điều tra XHH',
      'Tổng điểm',
      'Chỉ số %',
      'Xếp hạng',
      'Xếp loại',
      'So với năm trước',
    ]);
    const first = (sheet.getRow(5).values as unknown[]).slice(1);
    expect(first.slice(0, 3)).toEqual([1, 'STP', 'Sở Tư pháp']);
    expect(first.slice(-5, -1)).toEqual([9.72, 97.2, 1, 'Xuất sắc']);
    expect(sheet.rowCount).toBe(4 + 4);
    writeFileSync(join(dir, 'ket-qua.xlsx'), res.body as Buffer);
  });

  it('the workbook opens in LibreOffice (headless conversion to CSV)', () => {
    if (!requireInCi('soffice')) return;
    const csv = xlsxToCsvWithLibreOffice(join(dir, 'ket-qua.xlsx'), dir);
    expect(csv).toContain('Sở Tư pháp');
    expect(csv).toContain('Xuất sắc');
  });

  it('the CSV has every group, UTF-8 with BOM', async () => {
    const res = await get(`${base()}/export.csv`).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFNhóm,STT,Mã,Tên đơn vị')).toBe(true);
    expect(text).toContain('departments,1,STP,Sở Tư pháp,');
    expect(text).toContain('districts,1,HTU,UBND huyện Than Uyên,');
  });

  it('the publication PDF: decision header, tables, ranking chart, Vietnamese names intact', async () => {
    const res = await get(`${base()}/export.pdf`).expect(200);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!requireInCi('pdftotext')) return;
    writeFileSync(join(dir, 'ket-qua.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'ket-qua.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    expect(text).toContain('Quyết định số 125/QĐ-UBND');
    expect(text).toContain('Sở Tư pháp');
    expect(text).toContain('UBND huyện Than Uyên');
    expect(text).toContain('Biểu đồ xếp hạng');
    expect(text).toContain('Xuất sắc');
  });
});
