import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, type CreatedUser } from '../support/auth';
import { binary } from '../support/binary';
import { requireInCi, xlsxToCsvWithLibreOffice } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';
import { exampleWorld, type World } from '../support/world';

describe('self-assessment exports', () => {
  let t: TestApp;
  let w: World & { units: string[] };
  let editor: CreatedUser;
  const base = () => `/api/v1/periods/${w.periodId}`;
  const dir = mkdtempSync(join(tmpdir(), 'par-export-'));

  beforeAll(async () => {
    t = await createTestApp();
    w = await exampleWorld(t);
    editor = await createUser(t, w.admin, 'unit_editor', { unitCode: 'STP' });
    await t.http().post(`${base()}/state`).set(w.admin.auth).send({ state: 'self_assessment' }).expect(200);
    const put = (leaf: string, input: object) =>
      t
        .http()
        .put(`${base()}/assessments/STP/items/${leaf}`)
        .set(editor.session.auth)
        .send({ version: 0, input });
    await put('1.1', { value: true }).expect(200);
    await put('1.2', { numerator: 19, denominator: 20 }).expect(200);
    await put('2.1', { numerator: 195, denominator: 200 }).expect(200);
  });
  afterAll(() => t.close());

  it('the .xlsx has the official columns, the tree and the self points', async () => {
    const res = await t
      .http()
      .get(`${base()}/assessments/STP/export.xlsx`)
      .set(editor.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as never);
    const sheet = book.getWorksheet('Tự đánh giá')!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Lĩnh vực / Tiêu chí / Tiêu chí thành phần',
      'Điểm tối đa',
      'Số liệu',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Tài liệu kiểm chứng',
      'Giải thích',
    ]);
    const rows = [5, 6, 7].map((n) => sheet.getRow(n).values as unknown[]);
    expect(rows[0].slice(1, 6)).toEqual(['1', 'Công tác chỉ đạo, điều hành CCHC', 4, '', 2]);
    expect(rows[2].slice(1, 6)).toEqual(['1.2', 'Mức độ hoàn thành kế hoạch CCHC', 2, '19/20 (95%)', 1]);
    writeFileSync(join(dir, 'tu-danh-gia.xlsx'), res.body as Buffer);
  });

  it('the workbook opens in LibreOffice (headless conversion to CSV)', () => {
    if (!requireInCi('soffice')) return;
    const csv = xlsxToCsvWithLibreOffice(join(dir, 'tu-danh-gia.xlsx'), dir);
    expect(csv).toContain('Mức độ hoàn thành kế hoạch CCHC');
    expect(csv).toContain('19/20 (95%)');
  });

  it('the PDF for signature carries Vietnamese text intact', async () => {
    const res = await t
      .http()
      .get(`${base()}/assessments/STP/export.pdf`)
      .set(editor.session.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!requireInCi('pdftotext')) return;
    writeFileSync(join(dir, 'tu-danh-gia.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'tu-danh-gia.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text.replace(/\s+/g, ' ')).toContain(
      'BÁO CÁO TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026',
    );
    expect(text).toContain('Mức độ hoàn thành kế hoạch CCHC');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).toMatch(/1\.2\s+Mức độ hoàn thành kế hoạch CCHC\s+2\s+1\n/);
    expect(text).toMatch(/TỔNG ĐIỂM TỰ ĐÁNH GIÁ\s+10\s+3,95/);
  });
});
