import { DEMO_PASSWORD } from '@par/demo';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoOnFirstStart } from '../../src/demo/seed-on-start';
import { login, loginAdmin } from '../support/auth';
import { binary } from '../support/binary';
import { requireInCi } from '../support/system-tools';
import { createTestApp, type TestApp } from '../support/test-app';

/** The demo province goes in through the real API and lands a newcomer in a living system. */
describe('demo province seed', () => {
  let t: TestApp;
  let report: Awaited<ReturnType<typeof seedDemoOnFirstStart>>;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(new Date('2026-11-20T02:00:00Z'));
    report = await seedDemoOnFirstStart(t.app, () => undefined);
  }, 420_000);
  afterAll(() => t.close());

  it('creates the province, its people, both years’ sets and two periods', async () => {
    expect(report).toMatchObject({
      province: 'tỉnh Lam Giang',
      units: 34,
      criteriaSets: ['SO-2025', 'XA-2025', 'SO-2026', 'XA-2026'],
    });
    const admin = await loginAdmin(t);
    const periods = await t.http().get('/api/v1/periods').set(admin.auth).expect(200);
    expect(periods.body.items.map((p: { year: number; state: string }) => [p.year, p.state])).toEqual([
      [2026, 'self_assessment'],
      [2025, 'published'],
    ]);
  });

  it('last year is published with believable results, public to everyone', async () => {
    const last = report!.periods[0];
    const results = await t.http().get(`/api/v1/public/periods/${last.id}/results`).expect(200);
    expect(results.body.units).toHaveLength(33);
    const indices = results.body.units.map((u: { index: number }) => u.index);
    expect(Math.min(...indices)).toBeGreaterThan(60);
    expect(Math.max(...indices)).toBeLessThan(97);
    const communes = results.body.units.filter((u: { group: string }) => u.group === 'communes');
    expect(communes).toHaveLength(16);
    expect(communes.map((u: { rank: number }) => u.rank).sort((a: number, b: number) => a - b)[0]).toBe(1);
    expect(new Set(communes.map((u: { rank: number }) => u.rank)).size).toBeGreaterThan(10); // ranked together, one set
    // The groups are named, so no screen or table shows `departments`/`communes`/`special`.
    expect(
      results.body.rankingGroups.map((g: { code: string; name: string }) => [g.code, g.name]).sort(),
    ).toEqual([
      ['communes', 'Xã, phường'],
      ['departments', 'Sở, ban, ngành'],
      ['special', 'Cơ quan đặc thù'],
    ]);
  });

  it('last year’s lost points go to the agencies that manage each area, not to Sở Nội vụ for every survey leaf', async () => {
    const admin = await loginAdmin(t);
    const last = report!.periods[0];
    const agencies = await t
      .http()
      .get(`/api/v1/periods/${last.id}/analysis/lost-points?by=agency`)
      .set(admin.auth)
      .expect(200);
    const rows = agencies.body.rows as { key: string | null; title: string; lostPoints: number }[];
    const keys = rows.map((row) => row.key);
    for (const agency of ['SNV', 'STP', 'VPUBND', 'STC', 'SKHCN']) expect(keys).toContain(agency);
    expect(rows.find((row) => row.key === 'STP')!.title).toBe('Sở Tư pháp');
    expect(keys).not.toContain(null);
    const total = rows.filter((row) => row.key !== 'penalty').reduce((sum, row) => sum + row.lostPoints, 0);
    expect(rows.find((row) => row.key === 'SNV')!.lostPoints).toBeLessThan(total / 2);

    // every survey leaf that lost points is attributed to its area's managing agency
    const leaves = await t
      .http()
      .get(`/api/v1/periods/${last.id}/analysis/lost-points?by=leaf`)
      .set(admin.auth)
      .expect(200);
    const owner: Record<string, string> = { '2': 'STP', '3': 'VPUBND', '6': 'STC', '7': 'SKHCN' };
    const surveyLeaves = (
      leaves.body.rows as { key: string; responsibleAgency: string; leadAgency: string }[]
    ).filter((row) => row.leadAgency === 'SNV' && owner[row.key.split('.')[0]] !== undefined);
    expect(surveyLeaves.length).toBeGreaterThan(0);
    for (const row of surveyLeaves) expect(row.responsibleAgency).toBe(owner[row.key.split('.')[0]]);
  });

  it('this year is open: some units submitted, others part-way, every demo account signs in', async () => {
    const admin = await loginAdmin(t);
    const current = report!.periods[1];
    const list = await t
      .http()
      .get(`/api/v1/periods/${current.id}/assessments?limit=500`)
      .set(admin.auth)
      .expect(200);
    const byStatus = (status: string) =>
      list.body.items
        .filter((a: { status: string }) => a.status === status)
        .map((a: { unitCode: string }) => a.unitCode);
    expect(byStatus('submitted').sort()).toEqual(['P-LAMGIANG', 'SNV', 'VPUBND']);
    expect(
      list.body.items.some(
        (a: { filled: number; leaves: number; status: string }) =>
          a.status === 'draft' && a.filled > 0 && a.filled < a.leaves,
      ),
    ).toBe(true);
    for (const user of report!.users) await login(t, user.username, DEMO_PASSWORD);
    const editor = await login(t, 'stc.canbo', DEMO_PASSWORD);
    const own = await t
      .http()
      .get(`/api/v1/periods/${current.id}/assessments/STC`)
      .set(editor.auth)
      .expect(200);
    expect(own.body.status).toBe('draft');
  });

  it('this year’s survey has answers from every channel and progress to look at', async () => {
    const current = report!.periods.find((p) => p.year === 2026)!;
    const surveyor = await login(t, 'dieutra.buudien', DEMO_PASSWORD);
    const survey = await t.http().get(`/api/v1/periods/${current.id}/survey`).set(surveyor.auth).expect(200);
    expect(survey.body).toMatchObject({ state: 'open', accepting: true, minResponses: 12 });
    expect(survey.body.received).toBe(report!.surveyForms);
    expect(survey.body.groups.every((g: { received: number }) => g.received > 0)).toBe(true);
    const units = survey.body.units as Array<{ received: number; belowMinimum: boolean }>;
    expect(units.some((u) => u.belowMinimum)).toBe(true);
    expect(units.some((u) => !u.belowMinimum)).toBe(true);
    const channels = await t.dataSource.query<{ channel: string; serial: string | null }[]>(
      `SELECT DISTINCT channel, left(serial, 3) AS serial FROM survey_form ORDER BY 1, 2`,
    );
    expect(channels).toEqual([
      { channel: 'online', serial: null },
      { channel: 'paper', serial: 'BD-' },
      { channel: 'paper', serial: 'NK-' },
    ]);
  });

  it('every total shown for last year’s units is compute’s, to the thousandth: summary, assessment, areas, .xlsx', async () => {
    // Issue 19: the demo's published period was computed by compute (results/v1 is its snapshot); what the
    // assessment routes and the unit's export show must be that same number, not a sum of their own.
    const admin = await loginAdmin(t);
    const last = report!.periods.find((p) => p.year === 2025)!;
    const base = `/api/v1/periods/${last.id}`;
    const results = (await t.http().get(`${base}/results`).set(admin.auth).expect(200)).body as {
      units: Array<{
        code: string;
        points: number;
        maxPoints: number;
        index: number | null;
        nodes: Record<string, { points: number; maxPoints: number }>;
      }>;
    };
    expect(results.units).toHaveLength(33);
    const computed = new Map(results.units.map((u) => [u.code, u]));
    const summary = (await t.http().get(`${base}/assessments?limit=500`).set(admin.auth).expect(200)).body
      .items as Array<{
      unitCode: string;
      points: number;
      maxPoints: number;
      index: number | null;
    }>;
    const totals = (u: { points: number; maxPoints: number; index: number | null }) => ({
      points: u.points,
      maxPoints: u.maxPoints,
      index: u.index,
    });
    // Every unit compute covers is in the summary with compute's totals, and the summary has no other.
    expect(summary.map((row) => row.unitCode).sort()).toEqual([...computed.keys()].sort());
    for (const row of summary)
      expect({ unit: row.unitCode, ...totals(row) }).toEqual({
        unit: row.unitCode,
        ...totals(computed.get(row.unitCode)!),
      });
    let areasChecked = 0;
    for (const unit of results.units) {
      const one = await t.http().get(`${base}/assessments/${unit.code}`).set(admin.auth).expect(200);
      expect({ unit: unit.code, ...totals(one.body) }).toEqual({ unit: unit.code, ...totals(unit) });
      for (const area of one.body.areas as Array<{ code: string; points: number; maxPoints: number }>) {
        expect({ unit: unit.code, area: area.code, points: area.points, maxPoints: area.maxPoints }).toEqual({
          unit: unit.code,
          area: area.code,
          points: unit.nodes[area.code].points,
          maxPoints: unit.nodes[area.code].maxPoints,
        });
        areasChecked++;
      }
      const xlsx = await t
        .http()
        .get(`${base}/assessments/${unit.code}/export.xlsx`)
        .set(admin.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as never);
      const sheet = book.getWorksheet('Tự đánh giá')!;
      const totalRow = sheet.getRow(sheet.rowCount).values as unknown[];
      expect(String(totalRow[2])).toMatch(/^TỔNG ĐIỂM/);
      // Column "Điểm thẩm định": the total that counts, bonus/penalty included.
      expect({ unit: unit.code, points: totalRow[6] }).toEqual({ unit: unit.code, points: unit.points });
    }
    expect(areasChecked).toBeGreaterThan(33 * 5);
    // Not a trivial agreement: the demo's results differ unit to unit.
    expect(new Set(results.units.map((u) => u.points)).size).toBeGreaterThan(20);
  });

  it('a published unit’s PDF shows the appraised points and total, its header printed clear of the first row', async () => {
    const admin = await loginAdmin(t);
    const last = report!.periods.find((p) => p.year === 2025)!;
    const base = `/api/v1/periods/${last.id}`;
    const stp = (
      (await t.http().get(`${base}/results`).set(admin.auth).expect(200)).body.units as Array<{
        code: string;
        points: number;
      }>
    ).find((u) => u.code === 'STP')!;
    const pdf = await t
      .http()
      .get(`${base}/assessments/STP/export.pdf`)
      .set(admin.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    if (!requireInCi('pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'par-demo-pdf-'));
    writeFileSync(join(dir, 'stp.pdf'), pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'stp.pdf'), '-'], { encoding: 'utf8' });
    const lines = text.split('\n').filter((line) => line.trim());
    const header = lines.findIndex((line) => line.includes('STT') && line.includes('Lĩnh vực'));
    expect(header).toBeGreaterThan(-1);
    expect(lines[header]).toMatch(/Tự chấm\s+Thẩm định/);
    // The header's wrapped "Điểm tối đa" takes its own lines; the first area starts clean below it.
    const firstArea = lines.findIndex((line, i) => i > header && /^\s*1\s+\S/.test(line));
    expect(lines.slice(header, firstArea).join(' ')).toMatch(/Điểm tối\s+(\S+\s+)*đa|Điểm tối đa/);
    expect(lines[firstArea]).not.toMatch(/đa\b.*\d/);
    const total = lines.find((line) => line.includes('TỔNG ĐIỂM'))!;
    const figures = total.trim().split(/\s+/).slice(-3);
    expect(figures[2]).toBe(stp.points.toLocaleString('vi-VN', { maximumFractionDigits: 3 }));
  });

  it('never seeds twice', async () => {
    expect(await seedDemoOnFirstStart(t.app, () => undefined)).toBeNull();
  });
});
