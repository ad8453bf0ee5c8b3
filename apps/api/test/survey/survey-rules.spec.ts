import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, freshIp, type CreatedUser } from '../support/auth';
import { binary } from '../support/binary';
import { CriteriaSetCache } from '../../src/criteria/criteria-set-cache';
import { assertNotSurveyScored } from '../../src/survey/survey-scoring';
import { requireInCi } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';
import { DAY, issueCodes, surveyDefinition, surveyWorld, type SurveyWorld } from './survey-world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every coded refusal of the survey routes, who may call what, and anonymity of stored forms. */
describe('survey rules', () => {
  let t: TestApp;
  let w: SurveyWorld;
  let surveyor: CreatedUser;
  let viewer: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp();
    w = await surveyWorld(t);
    surveyor = await createUser(t, w.admin, 'surveyor');
    viewer = await createUser(t, w.admin, 'viewer');
  });
  afterAll(() => t.close());

  const define = (overrides: Record<string, unknown> = {}) =>
    t.http().put(`${w.base}/survey`).set(w.admin.auth).send(surveyDefinition(t.clock.now(), overrides));
  const publicGet = (code: string, ip = freshIp()) =>
    t.http().get(`/api/v1/public/survey/${code}`).set('X-Forwarded-For', ip);
  const publicPost = (code: string, answers: Record<string, unknown>, ip = freshIp()) =>
    t.http().post(`/api/v1/public/survey/${code}`).set('X-Forwarded-For', ip).send({ answers });

  it('a period without a survey answers 404; a bad definition is 422 SURVEY_INVALID naming each problem', async () => {
    expect((await t.http().get(`${w.base}/survey`).set(w.admin.auth)).status).toBe(404);
    const res = await define({
      closesAt: new Date(t.clock.now().getTime() - 2 * DAY).toISOString(),
      groups: [
        { code: 'G', name: 'Nhóm', quota: 1, leafCodes: ['1.1'], unitTypes: ['ward'] },
        { code: 'G', name: 'Lặp', quota: 1 },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SURVEY_INVALID');
    expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'DUPLICATE_CODE',
      'NOT_A_SURVEY_LEAF',
      'UNKNOWN_UNIT_TYPE',
      'WINDOW_EMPTY',
    ]);
  });

  it('roles: surveyors see progress and issue codes but never counts; viewers read only', async () => {
    await define().expect(200);
    await t
      .http()
      .put(`${w.base}/survey`)
      .set(surveyor.session.auth)
      .send(surveyDefinition(t.clock.now()))
      .expect(403);
    await t.http().get(`${w.base}/survey`).set(surveyor.session.auth).expect(200);
    await t.http().get(`${w.base}/survey/counts`).set(surveyor.session.auth).expect(403);
    await t.http().get(`${w.base}/survey/counts`).set(viewer.session.auth).expect(200);
    await t.http().get(`${w.base}/survey`).set(viewer.session.auth).expect(200);
    await t
      .http()
      .post(`${w.base}/survey/codes`)
      .set(viewer.session.auth)
      .send({ groupCode: 'LD-SO', unitCode: 'STP', count: 1 })
      .expect(403);
    await t.http().post(`${w.base}/survey/close`).set(surveyor.session.auth).expect(403);
    const codes = await issueCodes(t, w, surveyor.session, 'LD-SO', 'STP', 3);
    expect(codes).toHaveLength(3);
    const bad = await t
      .http()
      .post(`${w.base}/survey/codes`)
      .set(surveyor.session.auth)
      .send({ groupCode: 'LD-SO', unitCode: 'HTU', count: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].code).toBe('UNIT_NOT_RATED_BY_GROUP');
    await t
      .http()
      .post(`${w.base}/survey/codes`)
      .set(surveyor.session.auth)
      .send({ groupCode: 'LD-SO', unitCode: 'STP', count: 1001 })
      .expect(400);
    const sample = await t
      .http()
      .get('/api/v1/survey/sample-size?population=1000&margin=0.05')
      .set(surveyor.session.auth)
      .expect(200);
    expect(sample.body).toEqual({ population: 1000, margin: 0.05, sampleSize: 286 });
  });

  it('a wrong leaf or option is 422 and leaves the code unused; case and spaces in the code do not matter', async () => {
    const [code] = await issueCodes(t, w, w.admin, 'NGUOI-DAN', 'STC', 1);
    const notAsked = await publicPost(code, { '3.2': 'A' });
    expect(notAsked.status).toBe(422);
    expect(notAsked.body).toMatchObject({
      code: 'SURVEY_ANSWER_INVALID',
      errors: [{ leaf: '3.2', code: 'UNKNOWN_LEAF' }],
    });
    const badOption = await publicPost(code, { '3.1': 'Z' });
    expect(badOption.body).toMatchObject({
      code: 'SURVEY_ANSWER_INVALID',
      errors: [{ code: 'UNKNOWN_OPTION' }],
    });
    const typed = code
      .toLowerCase()
      .replace(/(.{4})/g, '$1 ')
      .trim();
    await publicGet(encodeURIComponent(typed)).expect(200);
    await publicPost(code, {}).expect(201); // every question may be skipped
    const used = await publicPost(code, { '3.1': 'A' });
    expect(used.status).toBe(409);
    expect(used.body.code).toBe('CODE_USED');
    expect((await publicGet(code)).body.code).toBe('CODE_USED');
  });

  it('redefining after the first answer is 409 SURVEY_STARTED', async () => {
    const res = await define();
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SURVEY_STARTED');
  });

  it('paper forms: 201, a stored serial is 409 SERIAL_EXISTS, a wrong option 422', async () => {
    const form = {
      serial: 'BD-000123',
      groupCode: 'LD-SO',
      unitCode: 'STP',
      answers: { '3.1': 'B', '3.2': 'X' },
    };
    await t.http().post(`${w.base}/survey/forms`).set(surveyor.session.auth).send(form).expect(201);
    const again = await t.http().post(`${w.base}/survey/forms`).set(surveyor.session.auth).send(form);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SERIAL_EXISTS');
    const wrong = await t
      .http()
      .post(`${w.base}/survey/forms`)
      .set(surveyor.session.auth)
      .send({ ...form, serial: 'BD-000124', answers: { '3.2': 'E' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0]).toMatchObject({ leaf: '3.2', code: 'UNKNOWN_OPTION' });
  });

  it('an import with problems is refused whole, with data rows numbered from 1 (CSV header not counted)', async () => {
    const before = await formCount();
    const csv = [
      'serial,group,unit,3.1,3.2',
      'C-1,LD-SO,STP,A,B',
      'C-2,LD-SO,STP,Q,',
      'C-3,NGUOI-DAN,STP,A,A',
      ',LD-SO,NOPE,A,',
      'BD-000123,LD-SO,STP,A,A', // stored already with other answers
    ].join('\r\n');
    const res = await t
      .http()
      .post(`${w.base}/survey/forms/import`)
      .set(surveyor.session.auth)
      .set('Content-Type', 'text/csv')
      .send(csv);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SURVEY_FORMS_INVALID');
    const where = res.body.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`);
    expect(where).toEqual([
      '2:UNKNOWN_OPTION',
      '3:UNKNOWN_LEAF',
      '4:SERIAL_INVALID',
      '4:UNKNOWN_UNIT',
      '5:SERIAL_EXISTS',
    ]);
    expect(await formCount()).toBe(before);
  });

  it('imports CSV (with ; and a BOM) and .xlsx with the same columns; identical serials are skipped', async () => {
    const csv =
      '\ufeffserial;group;unit;3.1;3.2\nC-10;LD-SO;STP;A;\n"C-11";LD-SO;STP;C;X\nBD-000123;LD-SO;STP;B;X\n';
    const fromCsv = await t
      .http()
      .post(`${w.base}/survey/forms/import`)
      .set(surveyor.session.auth)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv)
      .expect(200);
    expect(fromCsv.body).toEqual({ imported: 2, skipped: 1 });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Phiếu');
    sheet.addRow(['serial', 'group', 'unit', '3.1', '3.2']);
    sheet.addRow(['X-1', 'LD-SO', 'STP', 'D', 'C']);
    sheet.addRow([2002, 'NGUOI-DAN', 'HTU', 'E', null]);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const fromXlsx = await t
      .http()
      .post(`${w.base}/survey/forms/import`)
      .set(surveyor.session.auth)
      .set('Content-Type', XLSX)
      .send(buffer)
      .expect(200);
    expect(fromXlsx.body).toEqual({ imported: 2, skipped: 0 });
    const [row] = await t.dataSource.query<{ answers: unknown; channel: string }[]>(
      `SELECT answers, channel FROM survey_form WHERE serial = '2002'`,
    );
    expect(row).toEqual({ answers: { '3.1': 'E' }, channel: 'paper' });

    const wrongFormat = await t
      .http()
      .post(`${w.base}/survey/forms/import`)
      .set(surveyor.session.auth)
      .send({ format: 'par-index.survey-forms/v0', forms: [] });
    expect(wrongFormat.status).toBe(422);
    expect(wrongFormat.body.errors[0].code).toBe('FORMAT_MISMATCH');
  });

  it('prints a code sheet: A4 PDF with the unit in Vietnamese and the codes', async () => {
    const res = await t
      .http()
      .post(`${w.base}/survey/codes/sheet`)
      .set(surveyor.session.auth)
      .send({ groupCode: 'LD-SO', unitCode: 'STP', count: 12, origin: 'https://cchc.example.vn' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const issued = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'survey.codes' AND after->>'count' = '12'`,
    );
    expect(issued[0].n).toBe(1);
    if (!requireInCi('pdftotext')) return;
    const dir = await mkdtemp(join(tmpdir(), 'par-sheet-'));
    try {
      await writeFile(join(dir, 'sheet.pdf'), pdf);
      const text = execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('Sở Tư pháp');
      expect(text).toContain('Lãnh đạo các sở, ban, ngành');
      expect(text).toContain('Câu trả lời không lưu mã phiếu');
      expect(text).toMatch(/[2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4} [2-9A-HJKMNP-Z]{4}/);
      const pages = execFileSync('pdfinfo', [join(dir, 'sheet.pdf')], { encoding: 'utf8' });
      expect(pages).toMatch(/Pages:\s+2/);
      expect(pages).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a sheet of codes issued before refuses codes of another unit', async () => {
    const [mine] = await issueCodes(t, w, w.admin, 'LD-SO', 'STP', 1);
    const [other] = await issueCodes(t, w, w.admin, 'LD-SO', 'STC', 1);
    await t
      .http()
      .post(`${w.base}/survey/codes/sheet`)
      .set(w.admin.auth)
      .send({ groupCode: 'LD-SO', unitCode: 'STP', codes: [mine] })
      .expect(200);
    const res = await t
      .http()
      .post(`${w.base}/survey/codes/sheet`)
      .set(w.admin.auth)
      .send({ groupCode: 'LD-SO', unitCode: 'STP', codes: [mine, other] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'codes.1', code: 'UNKNOWN_CODE' })]);
  });

  it('unknown codes are 404, and 429 after 10 a minute from one client — valid codes never count', async () => {
    const ip = freshIp();
    const [valid] = await issueCodes(t, w, w.admin, 'LD-SO', 'SXD', 1);
    for (let i = 0; i < 5; i++) await publicGet(valid, ip).expect(200);
    for (let i = 0; i < 10; i++) {
      const res = await publicGet(`ABCDEFGHJK${String(i + 22)}`, ip);
      expect(res.status).toBe(404);
    }
    const blocked = await publicGet('ABCDEFGHJK99', ip);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await publicGet(valid, freshIp()).expect(200); // another client is not affected
    t.clock.advance(61_000);
    await publicGet(valid, ip).expect(200);
  });

  it('stored forms are anonymous: no code, hash or time of day, nothing linking a form to its code', async () => {
    const columns = async (table: string) =>
      (
        await t.dataSource.query<{ column_name: string }[]>(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).map((c) => c.column_name);
    expect(await columns('survey_form')).toEqual([
      'id',
      'survey_id',
      'group_code',
      'unit_id',
      'channel',
      'received_on',
      'serial',
      'answers',
    ]);
    expect(await columns('survey_code')).toEqual([
      'id',
      'survey_id',
      'group_code',
      'unit_id',
      'code_hash',
      'used',
    ]);
    const links = await t.dataSource.query<{ table_name: string; foreign: string }[]>(
      `SELECT tc.table_name, ccu.table_name AS foreign
         FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name IN ('survey_form', 'survey_code')`,
    );
    expect(links.filter((l) => l.foreign === 'survey_code' || l.foreign === 'survey_form')).toEqual([]);
    const [type] = await t.dataSource.query<{ data_type: string }[]>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'survey_form' AND column_name = 'received_on'`,
    );
    expect(type.data_type).toBe('date');

    const [code] = await issueCodes(t, w, w.admin, 'LD-SO', 'SNV', 1);
    await publicPost(code, { '3.1': 'A' }).expect(201);
    const dump = JSON.stringify(
      await t.dataSource.query(`SELECT * FROM survey_form WHERE channel = 'online'`),
    );
    const [hash] = await t.dataSource.query<{ code_hash: string }[]>(
      `SELECT code_hash FROM survey_code WHERE used ORDER BY code_hash LIMIT 1`,
    );
    expect(dump).not.toContain(code);
    expect(dump).not.toContain(hash.code_hash);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log'))).not.toContain(code);
  });

  it('not open yet → 409 SURVEY_NOT_OPEN; past the window → 409 SURVEY_CLOSED; then close and reopen', async () => {
    const [code] = await issueCodes(t, w, w.admin, 'LD-SO', 'SNV', 1);
    t.clock.advance(31 * DAY);
    const late = await publicGet(code);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SURVEY_CLOSED');
    const latePaper = await t
      .http()
      .post(`${w.base}/survey/forms`)
      .set(surveyor.session.auth)
      .send({ serial: 'LATE-1', groupCode: 'LD-SO', unitCode: 'SNV', answers: { '3.1': 'A' } });
    expect(latePaper.body.code).toBe('SURVEY_CLOSED');
    t.clock.advance(-33 * DAY);
    const early = await publicPost(code, { '3.1': 'A' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('SURVEY_NOT_OPEN');
    t.clock.advance(2 * DAY);

    expect((await t.http().post(`${w.base}/survey/reopen`).set(w.admin.auth).send({})).body.code).toBe(
      'SURVEY_NOT_CLOSED',
    );
    await t.http().post(`${w.base}/survey/close`).set(w.admin.auth).expect(200);
    expect((await t.http().post(`${w.base}/survey/close`).set(w.admin.auth)).body.code).toBe('SURVEY_CLOSED');
    expect((await publicPost(code, { '3.1': 'A' })).body.code).toBe('SURVEY_CLOSED');
    const stage = await t.http().get(`${w.base}/assessments/SNV`).set(w.admin.auth).expect(200);
    const item = stage.body.items.find((i: { leafCode: string }) => i.leafCode === '3.1');
    expect(item.survey.input.counts.A).toBe(1);

    const reopened = await t
      .http()
      .post(`${w.base}/survey/reopen`)
      .set(w.admin.auth)
      .send({ closesAt: new Date(t.clock.now().getTime() + 60 * DAY).toISOString() })
      .expect(200);
    expect(reopened.body).toMatchObject({ state: 'open', accepting: true, closedAt: null });
    const cleared = await t.http().get(`${w.base}/assessments/SNV`).set(w.admin.auth).expect(200);
    expect(cleared.body.items.find((i: { leafCode: string }) => i.leafCode === '3.1')).toMatchObject({
      survey: null,
      points: null,
    });
    await publicPost(code, { '3.1': 'B' }).expect(201);
  });

  it('appraisers may not write a survey leaf of a period with a survey (422 SURVEY_LEAF_NOT_APPRAISED)', async () => {
    const [{ criteria_set_id: setId }] = await t.dataSource.query<{ criteria_set_id: string }[]>(
      'SELECT criteria_set_id FROM period_unit WHERE period_id = $1 LIMIT 1',
      [w.periodId],
    );
    const set = await t.app.get(CriteriaSetCache).get(setId);
    const leaf = (code: string) => set.leaves.find((l) => l.code === code)!;
    await expect(assertNotSurveyScored(t.dataSource.manager, w.periodId, leaf('3.1'))).rejects.toMatchObject({
      code: 'SURVEY_LEAF_NOT_APPRAISED',
    });
    await expect(
      assertNotSurveyScored(t.dataSource.manager, w.periodId, leaf('1.1')),
    ).resolves.toBeUndefined();
  });

  async function formCount(): Promise<number> {
    const [{ n }] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM survey_form');
    return n;
  }
});
