import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderApp, signedIn, type Call } from '../../../test/fake-api';
import { PERIOD_ID, publicResults, SET_NODES } from '../test/fixtures';

const SET_ID = '00000000-0000-4000-8000-0000000050a1';
const FINAL = '33333333-3333-4333-8333-333333333333';
const PROVISIONAL = '44444444-4444-4444-8444-444444444444';
const BASE = `/api/v1/periods/${PERIOD_ID}`;

const doc = publicResults(30);
const results = {
  format: doc.format,
  criteriaSet: 'SO-2026',
  units: doc.units.map(({ name: _n, criteriaSet: _c, bandLabel: _b, change: _ch, ...unit }) => unit),
};

const detail = {
  id: PERIOD_ID,
  year: 2026,
  name: 'Xác định Chỉ số CCHC năm 2026',
  state: 'computed',
  deadlines: { selfAssessment: null, appraisal: null, explanation: null, finalAppraisal: null },
  unitCount: 30,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  version: 3,
  criteriaSets: [
    {
      id: SET_ID,
      code: 'SO-2026',
      name: 'Bộ tiêu chí các sở',
      unitType: 'department',
      unitTypes: ['department'],
      status: 'published',
      bands: [
        { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
        { code: 'T', label: 'Tốt', minIndex: 80 },
        { code: 'K', label: 'Khá', minIndex: 0 },
      ],
    },
  ],
  units: doc.units.map((unit) => ({
    code: unit.code,
    name: unit.name,
    type: 'department',
    group: unit.group,
    criteriaSetCode: 'SO-2026',
    assessmentStatus: 'final',
    selfAssessmentDue: null,
    explanationDue: null,
  })),
  nextStates: ['published'],
};

const summary = (id: string, seq: number, provisional: boolean) => ({
  id,
  seq,
  provisional,
  inputsHash: 'ab'.repeat(32),
  computedBy: 'admin',
  computedAt: `2026-03-0${seq}T03:00:00.000Z`,
});

const toTree = (parent: string | null): unknown[] =>
  SET_NODES.filter((node) => node.parentCode === parent).map((node) => ({
    code: node.code,
    title: node.title,
    maxPoints: node.maxPoints,
    children: toTree(node.code),
  }));

function api(overrides: Record<string, (call: Call) => Response> = {}) {
  signedIn();
  const { state: _s, criteriaSets: _c, units: _u, nextStates: _n, ...periodSummary } = detail;
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/periods': () => json([periodSummary && { ...periodSummary, state: 'computed' }]),
    [`GET ${BASE}`]: () => json(detail),
    [`GET ${BASE}/results/snapshots`]: () =>
      json([
        { ...summary(PROVISIONAL, 2, true), warnings: 0 },
        { ...summary(FINAL, 1, false), warnings: 1 },
      ]),
    [`GET ${BASE}/results/snapshots/${PROVISIONAL}`]: () =>
      json({ ...summary(PROVISIONAL, 2, true), warnings: [], inputHashes: {}, results }),
    [`GET ${BASE}/results/snapshots/${FINAL}`]: () =>
      json({
        ...summary(FINAL, 1, false),
        warnings: [{ unit: 'U0021', code: 'MISSING_LEAVES', leaves: ['2.2'] }],
        inputHashes: {},
        results,
      }),
    [`GET ${BASE}/results/diff`]: () =>
      json({
        from: summary(FINAL, 1, false),
        to: summary(PROVISIONAL, 2, true),
        units: [
          {
            code: 'STC',
            group: 'departments',
            fromIndex: 90.1,
            toIndex: 96.5,
            indexChange: 6.4,
            fromRank: 5,
            toRank: 2,
            rankChange: 3,
            fromBand: 'T',
            toBand: 'XS',
          },
        ],
      }),
    [`GET /api/v1/criteria-sets/${SET_ID}`]: () =>
      json({ id: SET_ID, code: 'SO-2026', name: 'Bộ tiêu chí các sở', document: { nodes: toTree(null) } }),
    'GET /api/v1/public/periods': () => json([]),
    [`GET ${BASE}/results/export.xlsx`]: () =>
      new Response(new Uint8Array([80, 75, 3, 4]), {
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      }),
    ...overrides,
  });
}

describe('staff results', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the latest compute, marked provisional, with names, area titles and band labels', async () => {
    api();
    renderApp('/results');
    expect(await screen.findByText(/KẾT QUẢ TẠM TÍNH/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Sở Tư pháp' })).toBeTruthy();
    expect(await screen.findByRole('columnheader', { name: /Cải cách thủ tục hành chính/ })).toBeTruthy();
    expect(screen.getAllByText('Xuất sắc').length).toBeGreaterThan(0);
    // A provisional compute is never the official tables.
    expect(screen.queryByRole('button', { name: 'Bảng tính Excel (.xlsx)' })).toBeNull();
    expect(screen.getByLabelText<HTMLSelectElement>('Lần tính điểm').selectedOptions[0].textContent).toMatch(
      /^Lần 2 — .*\(tạm tính\)$/,
    );
  });

  it('downloads the official tables of a final compute and tells its warnings', async () => {
    const { to } = api();
    const created = vi.fn(() => 'blob:results');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    renderApp(`/results?period=${PERIOD_ID}&snapshot=${FINAL}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Bảng tính Excel (.xlsx)' }));
    await waitFor(() => expect(to('GET', `${BASE}/results/export.xlsx`)).toHaveLength(1));
    expect(to('GET', `${BASE}/results/export.xlsx`)[0].auth).toBe('Bearer access-1');
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(screen.getByText(/có 1 cảnh báo/)).toBeTruthy();
    expect(screen.queryByText(/KẾT QUẢ TẠM TÍNH/)).toBeNull();
  });

  it('compares two computes: which units moved and by how much, by name', async () => {
    api();
    renderApp(`/results?period=${PERIOD_ID}&snapshot=${PROVISIONAL}&against=${FINAL}`);
    const diff = await screen.findByRole('table', { name: 'So sánh hai lần tính điểm' });
    const row = within(diff).getAllByRole('row')[1];
    expect(within(row).getByText('Sở Tài chính')).toBeTruthy();
    expect(within(row).getByText('Sở, ban, ngành')).toBeTruthy();
    expect(row.textContent).toContain('90,10 → 96,50 (+6,40)');
    expect(within(row).getByText('tăng 3 bậc')).toBeTruthy();
    expect(within(row).getByText('Tốt → Xuất sắc')).toBeTruthy();
  });

  it('opens a unit in the compute shown: areas by title, lost points, still marked provisional', async () => {
    api({ 'GET /api/v1/public/units/SNV/history': () => problem(404, 'NOT_FOUND') });
    renderApp(`/results?period=${PERIOD_ID}&snapshot=${PROVISIONAL}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Sở Nội vụ' }));
    expect(await screen.findByRole('heading', { name: 'Sở Nội vụ', level: 1 })).toBeTruthy();
    expect(screen.getByText(/KẾT QUẢ TẠM TÍNH/)).toBeTruthy();
    const areas = await screen.findByRole('table', { name: 'Điểm theo lĩnh vực' });
    expect(within(areas).getByText('2. Cải cách thủ tục hành chính')).toBeTruthy();
    expect(screen.getByText('Giải quyết hồ sơ đúng hạn')).toBeTruthy();
    expect(screen.getByText('Đơn vị chưa có kết quả công bố nào.')).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Bảng xếp hạng' }).getAttribute('href')).toBe(
      `/results?period=${PERIOD_ID}&snapshot=${PROVISIONAL}`,
    );
  });

  it('on the final compute the unit page takes its lost points from the analysis API, not the browser', async () => {
    const row = (key: string, title: string, lostPoints: number, maxPoints: number, level: string) => ({
      key,
      title,
      lostPoints,
      maxPoints,
      units: 1,
      criteriaSet: 'SO-2026',
      level,
    });
    const analysis = (by: string) =>
      json({
        snapshot: { id: FINAL, seq: 1, computedAt: '2026-03-01T03:00:00.000Z' },
        stale: false,
        by,
        rows:
          by === 'area'
            ? [row('2', 'Cải cách thủ tục hành chính', 7.125, 20, 'area')]
            : [
                row('2.2', 'Giải quyết hồ sơ đúng hạn', 4.875, 12, 'leaf'),
                row('1.1', 'Kế hoạch CCHC', 0.25, 4, 'leaf'),
                { ...row('penalty', 'Điểm trừ', 1, 0, 'penalty'), criteriaSet: null },
              ],
      });
    const { to } = api({
      'GET /api/v1/public/units/SNV/history': () => problem(404, 'NOT_FOUND'),
      [`GET ${BASE}/analysis/lost-points`]: (call) => analysis(call.query.get('by') ?? ''),
    });
    renderApp(`/results/${PERIOD_ID}/units/SNV?snapshot=${FINAL}`);
    expect(await screen.findByRole('heading', { name: 'Sở Nội vụ', level: 1 })).toBeTruthy();
    // The API's figures, in vi-VN with 3 decimals: −4,875 (7,125/12) — no browser arithmetic gives them.
    expect(await screen.findByText('−4,875 (7,125/12)')).toBeTruthy();
    expect(screen.getByText('−0,25 (3,75/4)')).toBeTruthy();
    const areas = screen.getByRole('table', { name: 'Điểm theo lĩnh vực' });
    expect(within(areas).getByText('7,125')).toBeTruthy();
    expect(screen.queryByText('Điểm trừ')).toBeNull();
    expect(to('GET', `${BASE}/analysis/lost-points`).map((c) => c.query.get('unit'))).toEqual(['SNV', 'SNV']);
  });

  it('names the groups as the period’s ranking groups do', async () => {
    api({
      [`GET ${BASE}/ranking-groups`]: () =>
        json({
          configured: true,
          version: 3,
          groups: [
            { code: 'communes', name: 'Khối xã, phường', nameEn: 'Communes', unitCodes: [], bands: null },
            {
              code: 'departments',
              name: 'Khối sở, ban, ngành',
              nameEn: 'Departments',
              unitCodes: [],
              bands: null,
            },
          ],
        }),
    });
    renderApp(`/results?snapshot=${FINAL}`);
    expect(await screen.findByRole('button', { name: 'Khối xã, phường', pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Khối sở, ban, ngành' })).toBeTruthy();
  });

  it('says when a period has not been computed', async () => {
    api({ [`GET ${BASE}/results/snapshots`]: () => json([]) });
    renderApp('/results');
    expect(await screen.findByText(/chưa được tính điểm/)).toBeTruthy();
  });

  it('keeps area codes when the role may not read the criteria sets', async () => {
    api({ [`GET /api/v1/criteria-sets/${SET_ID}`]: () => problem(403, 'FORBIDDEN') });
    renderApp(`/results?snapshot=${FINAL}`);
    expect(await screen.findByRole('link', { name: 'Sở Tư pháp' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /^1/ })).toBeTruthy();
  });
});

describe('staff results for roles that may not read computes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the published results of the period instead', async () => {
    api({
      'GET /api/v1/auth/me': () => json(me('unit_head')),
      [`GET ${BASE}/results/snapshots`]: () => problem(403, 'FORBIDDEN'),
      [`GET /api/v1/public/periods/${PERIOD_ID}/results`]: () => json(publicResults(30)),
    });
    renderApp('/results');
    expect(await screen.findByText(/Đã công bố theo Quyết định số 125\/QĐ-UBND/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sở Tư pháp' }).getAttribute('href')).toBe(
      `/cong-khai/ket-qua/${PERIOD_ID}/don-vi/STP`,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
