import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginAdmin, type Session } from '../support/auth';
import { binary } from '../support/binary';
import { exampleCriteriaSet } from '../support/fixtures';
import { requireInCi, xlsxToCsvWithLibreOffice } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('criteria sets in Excel (the officials’ layout)', () => {
  let t: TestApp;
  let admin: Session;
  const dir = mkdtempSync(join(tmpdir(), 'par-criteria-xlsx-'));
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  const exportXlsx = async (id: string) =>
    (
      await t
        .http()
        .get(`/api/v1/criteria-sets/${id}/export.xlsx`)
        .set(admin.auth)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
  const importXlsx = (body: Buffer) =>
    t.http().post('/api/v1/criteria-sets/import.xlsx').set(admin.auth).set('Content-Type', XLSX).send(body);

  it('exports the layout officials use, with rules written as text', async () => {
    const id = (
      await t
        .http()
        .post('/api/v1/criteria-sets')
        .set(admin.auth)
        .send(exampleCriteriaSet({ code: 'XL-1' }))
        .expect(201)
    ).body.id;
    const body = await exportXlsx(id);
    writeFileSync(join(dir, 'bo-tieu-chi.xlsx'), body);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as never);
    const sheet = book.getWorksheet('Bộ tiêu chí')!;
    expect((sheet.getRow(4).values as unknown[]).slice(1, 7)).toEqual([
      'STT',
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
      'Điểm tối đa',
      'Phương pháp chấm điểm',
      'Tài liệu kiểm chứng',
      'Cơ quan chủ trì',
    ]);
    const rows = Array.from({ length: 9 }, (_, i) => (sheet.getRow(5 + i).values as unknown[]).slice(1, 5));
    expect(rows).toEqual([
      ['1', 'Công tác chỉ đạo, điều hành CCHC', 4, ''],
      ['1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 1, 'Có: tối đa; Không: 0'],
      [
        '1.2',
        'Mức độ hoàn thành kế hoạch CCHC',
        2,
        'Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm',
      ],
      ['1.3', 'Số báo cáo CCHC nộp trễ hạn', 1, 'Trừ 0,25 điểm mỗi trường hợp'],
      ['2', 'Cải cách thủ tục hành chính', 3, ''],
      ['2.1', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', 2, 'Tỷ lệ so với mục tiêu 100%'],
      ['2.2', 'Rà soát, đơn giản hóa TTHC', 1, 'Chấm trực tiếp'],
      ['3', 'Đánh giá qua điều tra xã hội học', 3, ''],
      [
        '3.1',
        'Mức độ hài lòng về chất lượng phục vụ',
        3,
        'Điều tra XHH: A = 100%; B = 60%; C = 20%; D = 0%; E = không tính',
      ],
    ]);
  });

  it('carries the lead and the responsible agency both ways; a workbook without the new column still imports', async () => {
    const set = exampleCriteriaSet({ code: 'XL-AG' });
    const withAgencies = {
      ...set,
      nodes: set.nodes.map((area) =>
        area.code === '2'
          ? { ...area, leadAgency: 'SNV', responsibleAgency: 'Văn phòng UBND tỉnh' }
          : area.code === '1'
            ? {
                ...area,
                children: area.children!.map((leaf) =>
                  leaf.code === '1.2' ? { ...leaf, responsibleAgency: 'STP' } : leaf,
                ),
              }
            : area,
      ),
    };
    const id = (await t.http().post('/api/v1/criteria-sets').set(admin.auth).send(withAgencies).expect(201))
      .body.id;
    const json = (await t.http().get(`/api/v1/criteria-sets/${id}/export`).set(admin.auth).expect(200)).body;
    expect(json.nodes[1]).toMatchObject({ leadAgency: 'SNV', responsibleAgency: 'Văn phòng UBND tỉnh' });
    expect(json.nodes[0].children[1]).toMatchObject({ code: '1.2', responsibleAgency: 'STP' });
    const workbook = await exportXlsx(id);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook as never);
    const sheet = book.getWorksheet('Bộ tiêu chí')!;
    expect(sheet.getRow(4).getCell(9).value).toBe('Cơ quan chịu trách nhiệm');
    const area2 = [5, 6, 7, 8, 9].map((r) => sheet.getRow(r)).find((row) => row.getCell(1).value === '2')!;
    expect([area2.getCell(6).value, area2.getCell(9).value]).toEqual(['SNV', 'Văn phòng UBND tỉnh']);
    await t.http().delete(`/api/v1/criteria-sets/${id}`).set(admin.auth).expect(204);
    const again = await importXlsx(workbook).expect(201);
    const after = (
      await t.http().get(`/api/v1/criteria-sets/${again.body.id}/export`).set(admin.auth).expect(200)
    ).body;
    expect(after.nodes).toEqual(json.nodes);

    // The template before the column existed: no header in column 9 — imports, no responsible agency.
    sheet.getRow(4).getCell(9).value = null;
    for (let r = 5; r <= sheet.rowCount; r++) sheet.getRow(r).getCell(9).value = null;
    const info = book.getWorksheet('Thông tin')!;
    info.getRow(1).getCell(2).value = 'XL-AG-OLD';
    const old = await importXlsx(Buffer.from(await book.xlsx.writeBuffer())).expect(201);
    const oldJson = (
      await t.http().get(`/api/v1/criteria-sets/${old.body.id}/export`).set(admin.auth).expect(200)
    ).body;
    expect(oldJson.nodes[1].leadAgency).toBe('SNV');
    expect(oldJson.nodes[1].responsibleAgency).toBeUndefined();
  });

  it('round-trips: export → import → export gives the same set', async () => {
    const original = (
      await t
        .http()
        .post('/api/v1/criteria-sets')
        .set(admin.auth)
        .send(exampleCriteriaSet({ code: 'XL-RT' }))
        .expect(201)
    ).body.id;
    await t
      .http()
      .patch(`/api/v1/criteria-sets/${original}`)
      .set(admin.auth)
      .send({ sourceDecision: 'Quyết định số 45/QĐ-UBND ngày 10/01/2026', version: 1 })
      .expect(200);
    const before = (
      await t.http().get(`/api/v1/criteria-sets/${original}/export`).set(admin.auth).expect(200)
    ).body;
    const workbook = await exportXlsx(original);
    await t.http().delete(`/api/v1/criteria-sets/${original}`).set(admin.auth).expect(204);
    const imported = await importXlsx(workbook).expect(201);
    expect(imported.body.code).toBe('XL-RT');
    const after = (
      await t.http().get(`/api/v1/criteria-sets/${imported.body.id}/export`).set(admin.auth).expect(200)
    ).body;
    expect(after).toEqual(before);
    const detail = (
      await t.http().get(`/api/v1/criteria-sets/${imported.body.id}`).set(admin.auth).expect(200)
    ).body;
    expect(detail.sourceDecision).toBe('Quyết định số 45/QĐ-UBND ngày 10/01/2026');
  });

  it('the exported workbook opens in LibreOffice (headless conversion to CSV)', () => {
    if (!requireInCi('soffice')) return;
    const csv = xlsxToCsvWithLibreOffice(join(dir, 'bo-tieu-chi.xlsx'), dir);
    expect(csv).toContain('1.2,Mức độ hoàn thành kế hoạch CCHC,2,');
    expect(csv).toContain('Trừ 0,25 điểm mỗi trường hợp');
  });

  it('a bad sheet is refused with every problem and its row number; nothing is created', async () => {
    const id = (
      await t
        .http()
        .post('/api/v1/criteria-sets')
        .set(admin.auth)
        .send(exampleCriteriaSet({ code: 'XL-BAD' }))
        .expect(201)
    ).body.id;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportXlsx(id)) as never);
    const sheet = book.getWorksheet('Bộ tiêu chí')!;
    sheet.getCell('C6').value = 'một'; // 1.1: max points not a number
    sheet.getCell('D7').value = 'Theo mức: ≥ 100% 2 điểm'; // 1.2: unreadable rule text
    sheet.getCell('A10').value = '2.9.1'; // 2.1 → a parent that does not exist
    book.getWorksheet('Thông tin')!.getCell('B1').value = 'XL-BAD-2';
    const res = await importXlsx(Buffer.from(await book.xlsx.writeBuffer())).expect(422);
    expect(res.body.code).toBe('WORKBOOK_INVALID');
    expect(res.body.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`).sort()).toEqual([
      '10:NO_PARENT',
      '6:BAD_POINTS',
      '7:INVALID_RULE_TEXT',
    ]);
    expect(res.body.errors.find((e: { row: number }) => e.row === 7).message).toMatch(/^Dòng 7: /);
    const codes = (await t.http().get('/api/v1/criteria-sets').set(admin.auth).expect(200)).body.items.map(
      (s: { code: string }) => s.code,
    );
    expect(codes).not.toContain('XL-BAD-2');
  });

  it('set-level problems point at the row of the node', async () => {
    const id = (
      await t
        .http()
        .post('/api/v1/criteria-sets')
        .set(admin.auth)
        .send(exampleCriteriaSet({ code: 'XL-SUM' }))
        .expect(201)
    ).body.id;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportXlsx(id)) as never);
    book.getWorksheet('Bộ tiêu chí')!.getCell('C9').value = 5; // area 2 says 5, its leaves sum to 3
    book.getWorksheet('Thông tin')!.getCell('B1').value = 'XL-SUM-2';
    const res = await importXlsx(Buffer.from(await book.xlsx.writeBuffer())).expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        code: 'MAX_POINTS_MISMATCH',
        node: '2',
        row: 9,
        message: expect.stringMatching(/^Dòng 9: /),
      }),
    ]);
  });

  it('something that is not a workbook is 422, a wrong content type 415', async () => {
    expect((await importXlsx(Buffer.from('not a zip')).expect(422)).body.errors[0].code).toBe('NOT_XLSX');
    await t
      .http()
      .post('/api/v1/criteria-sets/import.xlsx')
      .set(admin.auth)
      .set('Content-Type', 'text/plain')
      .send('x')
      .expect(415);
  });

  it('diffs two years of a set', async () => {
    const a = (
      await t
        .http()
        .post('/api/v1/criteria-sets')
        .set(admin.auth)
        .send(exampleCriteriaSet({ code: 'DIFF-2025', year: 2025 }))
        .expect(201)
    ).body.id;
    const clone = await t
      .http()
      .post(`/api/v1/criteria-sets/${a}/clone`)
      .set(admin.auth)
      .send({ code: 'DIFF-2026', year: 2026 })
      .expect(201);
    const b = clone.body.id;
    // The clone is the created resource (not the set cloned from).
    expect(clone.headers.location).toBe(`/api/v1/criteria-sets/${b}`);
    const removed = await t.http().delete(`/api/v1/criteria-sets/${b}/nodes/2.2`).set(admin.auth).expect(204);
    expect(removed.text).toBe('');
    await t
      .http()
      .patch(`/api/v1/criteria-sets/${b}/nodes/2`)
      .set(admin.auth)
      .send({ maxPoints: 2 })
      .expect(200);
    await t
      .http()
      .post(`/api/v1/criteria-sets/${b}/nodes`)
      .set(admin.auth)
      .send({ parentCode: '1', code: '1.4', title: 'Kiểm tra CCHC', maxPoints: 1, rule: { kind: 'boolean' } })
      .expect(201)
      .expect('location', `/api/v1/criteria-sets/${b}/nodes/1.4`);
    await t
      .http()
      .patch(`/api/v1/criteria-sets/${b}/nodes/1`)
      .set(admin.auth)
      .send({ maxPoints: 5 })
      .expect(200);
    const res = await t
      .http()
      .get(`/api/v1/criteria-sets/${b}/diff`)
      .query({ against: a })
      .set(admin.auth)
      .expect(200);
    expect(res.body.diff.added.map((n: { code: string }) => n.code)).toEqual(['1.4']);
    expect(res.body.diff.removed.map((n: { code: string }) => n.code)).toEqual(['2.2']);
    expect(
      res.body.diff.changed.map((c: { code: string; changes: { field: string }[] }) => [
        c.code,
        c.changes.map((x) => x.field),
      ]),
    ).toEqual([
      ['1', ['maxMilli']],
      ['2', ['maxMilli']],
    ]);
    expect(res.body.diff).toMatchObject({ maxMilliBefore: 10_000, maxMilliAfter: 10_000 });
  });
});
