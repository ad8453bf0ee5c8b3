import ExcelJS from 'exceljs';
import { XLSX_MIME } from '../../src/criteria/criteria-workbook';
import { createUser, loginAdmin, type Session } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';

/** The province's own PAR INDEX, SIPAS and PAPI per year: entry, import, and the change across years. */
describe('national standing', () => {
  let t: TestApp;
  let admin: Session;
  const url = '/api/v1/national-standing';

  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('enters a value; a second one for the same year, index and area is 409 STANDING_EXISTS', async () => {
    const res = await t
      .http()
      .post(url)
      .set(admin.auth)
      .send({ year: 2023, indexCode: 'PAR_INDEX', value: 80.1, rank: 50, rankOf: 63 })
      .expect(201);
    expect(res.body).toMatchObject({
      year: 2023,
      indexCode: 'PAR_INDEX',
      areaCode: '',
      value: 80.1,
      rank: 50,
      version: 1,
    });
    await t
      .http()
      .post(url)
      .set(admin.auth)
      .send({ year: 2024, indexCode: 'PAR_INDEX', value: 72.23, rank: 58, rankOf: 63 })
      .expect(201);
    const dup = await t
      .http()
      .post(url)
      .set(admin.auth)
      .send({ year: 2024, indexCode: 'PAR_INDEX', value: 1 })
      .expect(409);
    expect(dup.body.code).toBe('STANDING_EXISTS');
    await t.http().post(url).set(admin.auth).send({ year: 2024, indexCode: 'PCI', value: 1 }).expect(400);
    await t
      .http()
      .post(url)
      .set(admin.auth)
      .send({ year: 2024, indexCode: 'SIPAS', value: 1, rank: 70, rankOf: 63 })
      .expect(400);
  });

  it('imports a CSV all or nothing, rows numbered from 1; re-importing is safe', async () => {
    const bad = await t
      .http()
      .post(`${url}/import`)
      .set(admin.auth)
      .set('content-type', 'text/csv')
      .send(
        'year,index,area,areaTitle,value,maxPoints,rank,rankOf\n2024,SIPAS,,,80.5,,55,63\n2024,PCI,,,1,,,\n2025,PAPI,,,x,,,\n',
      )
      .expect(422);
    expect(bad.body.code).toBe('STANDING_IMPORT_INVALID');
    expect(bad.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'index'],
      [3, 'value'],
    ]);
    const csv =
      'year,index,area,areaTitle,value,maxPoints,rank,rankOf\n' +
      '2024,SIPAS,,,80.5,,55,63\n' +
      '2025,PAR_INDEX,,,74.5,,20,34\n' +
      '2025,PAR_INDEX,3,Cải cách thủ tục hành chính,9.1,12,10,34\n' +
      '2024,PAPI,,,"42,1",,26,63\n';
    const first = await t
      .http()
      .post(`${url}/import`)
      .set(admin.auth)
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(first.body).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const again = await t
      .http()
      .post(`${url}/import`)
      .set(admin.auth)
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });

  it('imports an .xlsx with the same columns, updating what is stored', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Chỉ số');
    sheet.addRow(['year', 'index', 'area', 'areaTitle', 'value', 'maxPoints', 'rank', 'rankOf']);
    sheet.addRow([2025, 'SIPAS', '', '', 84.25, '', 12, 34]);
    sheet.addRow([2024, 'PAPI', '', '', 42.1, '', 25, 63]);
    const body = Buffer.from(await book.xlsx.writeBuffer());
    const res = await t
      .http()
      .post(`${url}/import`)
      .set(admin.auth)
      .set('content-type', XLSX_MIME)
      .send(body)
      .expect(200);
    expect(res.body).toEqual({ created: 1, updated: 1, unchanged: 0 });
  });

  it('lists newest first with the change of rank and value against the year before', async () => {
    const viewer = await createUser(t, admin, 'viewer');
    const res = await t.http().get(url).set(viewer.session.auth).expect(200);
    const rows = res.body.map((r: Record<string, unknown>) => [
      r.year,
      r.indexCode,
      r.areaCode,
      r.value,
      r.rank,
      r.rankChange,
      r.valueChange,
      r.lostPoints,
    ]);
    expect(rows).toEqual([
      [2025, 'PAR_INDEX', '', 74.5, 20, 38, 2.27, null], // 58 → 20 (of 34 after the merger)
      [2025, 'PAR_INDEX', '3', 9.1, 10, null, null, 2.9],
      [2025, 'SIPAS', '', 84.25, 12, 43, 3.75, null],
      [2024, 'PAR_INDEX', '', 72.23, 58, -8, -7.87, null],
      [2024, 'SIPAS', '', 80.5, 55, null, null, null],
      [2024, 'PAPI', '', 42.1, 25, null, null, null],
      [2023, 'PAR_INDEX', '', 80.1, 50, null, null, null],
    ]);
    await t
      .http()
      .post(url)
      .set(viewer.session.auth)
      .send({ year: 2026, indexCode: 'PAPI', value: 1 })
      .expect(403);
  });

  it('edits and deletes with the current version only', async () => {
    const list = await t.http().get(`${url}?indexCode=PAPI`).set(admin.auth).expect(200);
    const [papi] = list.body;
    expect(papi.version).toBe(2);
    expect(
      (await t.http().patch(`${url}/${papi.id}`).set(admin.auth).send({ version: 1, rank: 24 }).expect(409))
        .body.code,
    ).toBe('STALE_VERSION');
    const edited = await t
      .http()
      .patch(`${url}/${papi.id}`)
      .set(admin.auth)
      .send({ version: 2, rank: 24 })
      .expect(200);
    expect(edited.body).toMatchObject({ rank: 24, version: 3 });
    await t.http().delete(`${url}/${papi.id}?version=2`).set(admin.auth).expect(409);
    await t.http().delete(`${url}/${papi.id}?version=3`).set(admin.auth).expect(204);
    expect((await t.http().get(`${url}?indexCode=PAPI`).set(admin.auth).expect(200)).body).toEqual([]);
  });
});
