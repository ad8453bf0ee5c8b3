import type { Role } from '@par/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeriodSummary } from '../../../lib/period-queries';
import { fakeApi, json, me, page, renderApp, signedIn, type Call } from '../../../test/fake-api';
import { FakeXhr } from '../../../test/fake-xhr';
import type {
  Gaps,
  Heatmap,
  ProvinceTrend,
  RemediationTask,
  Robustness,
  Strengths,
  UnitTrend,
} from '../api/types';

const PERIOD = '00000000-0000-4000-8000-00000000b001';
const BASE = `/api/v1/periods/${PERIOD}/analysis`;
const basis = {
  snapshot: { id: '00000000-0000-4000-8000-00000000b002', seq: 1, computedAt: '2026-02-01T03:00:00.000Z' },
  stale: false,
};

const period: PeriodSummary = {
  id: PERIOD,
  year: 2026,
  name: 'Chỉ số CCHC năm 2026',
  state: 'computed',
  deadlines: { selfAssessment: null, appraisal: null, explanation: null, finalAppraisal: null },
  unitCount: 2,
  appealDays: 15,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  version: 4,
};

const heatmap: Heatmap = {
  ...basis,
  sets: [
    {
      criteriaSet: 'PT-2026',
      leaves: [
        { code: '1.1', title: 'Ban hành văn bản', maxPoints: 2 },
        { code: '1.2', title: 'Kiểm soát thủ tục', maxPoints: 2 },
        { code: '2.1', title: 'Biên chế', maxPoints: 3 },
      ],
      units: [
        { code: 'STP', name: 'Sở Tư pháp', group: 'g1', lost: [0.5, 0, null] },
        { code: 'STC', name: 'Sở Tài chính', group: 'g1', lost: [1.375, 0, 0.125] },
      ],
    },
  ],
};

const node = (code: string, title: string, index: number, median: number) => ({
  code,
  title,
  index,
  median,
  gap: Math.round((index - median) * 100) / 100,
});
const strengths: Strengths = {
  ...basis,
  depth: 1,
  units: [
    {
      code: 'STP',
      name: 'Sở Tư pháp',
      group: 'g1',
      criteriaSet: 'PT-2026',
      strengths: [node('1', 'Thể chế', 87.5, 75)],
      weaknesses: [],
    },
    {
      code: 'STC',
      name: 'Sở Tài chính',
      group: 'g1',
      criteriaSet: 'PT-2026',
      strengths: [],
      weaknesses: [node('2', 'Tổ chức bộ máy', 33.33, 50)],
    },
  ],
};

const robustness = (iterations: number): Robustness => ({
  ...basis,
  iterations,
  seed: 1,
  lowerPercentile: 5,
  upperPercentile: 95,
  perturbedLeaves: 40,
  units: [
    {
      code: 'STP',
      name: 'Sở Tư pháp',
      group: 'g1',
      criteriaSet: 'PT-2026',
      index: 72.22,
      rank: 2,
      rankLow: 1,
      rankMedian: 2,
      rankHigh: 3,
    },
    {
      code: 'STC',
      name: 'Sở Tài chính',
      group: 'g1',
      criteriaSet: 'PT-2026',
      index: 77.5,
      rank: 1,
      rankLow: 1,
      rankMedian: 1,
      rankHigh: 1,
    },
  ],
});

const gaps: Gaps = {
  units: [
    {
      code: 'STC',
      name: 'Sở Tài chính',
      leaves: 5,
      selfPoints: 9.5,
      appraisedPoints: 8.25,
      gap: 1.25,
      overClaimedLeaves: 2,
      underClaimedLeaves: 0,
    },
  ],
  appraisers: [
    {
      appraiser: 'thamdinh.snv',
      round: 1,
      leaves: 10,
      cutLeaves: 3,
      cutPoints: 2.125,
      raisedPoints: 0.5,
      netCut: 1.625,
    },
  ],
};

const year = (y: number, extra: object) => ({
  year: y,
  periodId: `00000000-0000-4000-8000-0000000${y}`,
  periodName: `Chỉ số CCHC năm ${y}`,
  snapshotSeq: 1,
  published: true,
  criteriaSet: y === 2025 ? 'XH-2025' : 'XH-2026',
  ...extra,
});
const value = (index: number, points: number, maxPoints: number, codes: string[]) => ({
  index,
  points,
  maxPoints,
  lostPoints: Math.round((maxPoints - points) * 1000) / 1000,
  codes,
});
const province: ProvinceTrend = {
  unitType: 'department',
  by: 'area',
  criteriaSet: 'XH-2026',
  years: [
    year(2025, {
      units: 2,
      meanIndex: 74.22,
      national: { value: 72.23, rank: 58, rankOf: 63, rankChange: null },
    }),
    year(2026, {
      units: 2,
      meanIndex: 74.38,
      national: { value: 80.5, rank: 20, rankOf: 34, rankChange: 38 },
    }),
  ] as ProvinceTrend['years'],
  lines: [
    {
      code: '1',
      title: 'Thể chế',
      depth: 1,
      values: [value(60.94, 4.875, 8, ['A']), value(86.25, 8.625, 10, ['1'])],
    },
    { code: '3', title: 'Chuyển đổi số', depth: 1, values: [null, value(50, 1, 2, ['3'])] },
  ],
};
const unitTrend: UnitTrend = {
  unit: { code: 'STP', name: 'Sở Tư pháp' },
  by: 'area',
  criteriaSet: 'XH-2026',
  years: [
    year(2025, {
      group: 'g1',
      index: 79.69,
      points: 6.375,
      maxPoints: 8,
      rank: 1,
      rankOf: 2,
      indexChange: null,
      rankChange: null,
      groupChanged: false,
    }),
    year(2026, {
      group: 'g1',
      index: 61.25,
      points: 6.125,
      maxPoints: 10,
      rank: 2,
      rankOf: 2,
      indexChange: -18.44,
      rankChange: -1,
      groupChanged: false,
    }),
  ] as UnitTrend['years'],
  lines: [
    {
      code: '1',
      title: 'Thể chế',
      depth: 1,
      values: [value(84.38, 3.375, 4, ['A']), value(72.5, 3.625, 5, ['1'])],
    },
  ],
};

const task: RemediationTask = {
  id: '00000000-0000-4000-8000-00000000b010',
  periodId: PERIOD,
  level: 'leaf',
  sourceKey: '1.1',
  criteriaSet: 'PT-2026',
  lostPoints: 1.875,
  title: 'Khắc phục: Ban hành văn bản',
  description: null,
  ownerAgency: 'STP',
  ownerName: 'Sở Tư pháp',
  dueDate: '2026-11-15',
  status: 'in_progress',
  progress: 40,
  overdue: false,
  notes: [],
  evidence: [],
  completedAt: null,
  createdBy: 'admin',
  createdAt: '2026-03-01T03:00:00.000Z',
  updatedAt: '2026-03-01T03:00:00.000Z',
  version: 2,
};

function api(role: Role, handlers: Record<string, (call: Call) => Response> = {}) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me(role)),
    'GET /api/v1/periods': () => page([period]),
    [`GET ${BASE}/lost-points`]: () => json({ ...basis, by: 'agency', rows: [] }),
    [`GET ${BASE}/heatmap`]: () => json(heatmap),
    [`GET ${BASE}/strengths`]: () => json(strengths),
    [`GET ${BASE}/robustness`]: (call) => json(robustness(Number(call.query.get('iterations')))),
    [`GET ${BASE}/gaps`]: () => json(gaps),
    'GET /api/v1/analysis/trends/province': () => json(province),
    'GET /api/v1/analysis/trends': () => json(unitTrend),
    [`GET /api/v1/periods/${PERIOD}/remediation-tasks`]: () => json([task]),
    'GET /api/v1/remediation-tasks/overdue': () => json([]),
    'GET /api/v1/national-standing': () => json([]),
    ...handlers,
  });
}

describe('analysis screens', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
  });
  afterEach(() => vi.unstubAllGlobals());

  it('heatmap: points lost per leaf × unit in vi-VN, N/A marked; the filter shows leaves that lost nothing', async () => {
    api('appraiser');
    renderApp('/analysis?tab=heatmap');
    const table = await screen.findByRole('table', { name: 'Bộ tiêu chí PT-2026 — 2 đơn vị' });
    expect(within(table).getByText('1,375')).toBeTruthy();
    expect(within(table).getByText('KAD')).toBeTruthy();
    expect(within(table).queryByText('Kiểm soát thủ tục')).toBeNull();
    fireEvent.click(screen.getByLabelText('Chỉ hiện tiêu chí có đơn vị bị mất điểm'));
    expect(within(table).getByText('Kiểm soát thủ tục')).toBeTruthy();
  });

  it('strengths and weaknesses against the group median, per unit chosen', async () => {
    api('viewer');
    renderApp('/analysis?tab=strengths');
    expect(await screen.findByText('+12,50')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Điểm mạnh' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Đơn vị'), { target: { value: 'STC' } });
    expect(await screen.findByText('-16,67')).toBeTruthy();
    expect(screen.getByText('2 Tổ chức bộ máy')).toBeTruthy();
  });

  it('rank robustness: the interval beside the official rank; more draws ask again', async () => {
    const { to } = api('viewer');
    renderApp('/analysis?tab=robustness');
    const table = await screen.findByRole('table', { name: 'Độ tin cậy của thứ hạng' });
    expect(await within(table).findByText('từ 1 đến 3')).toBeTruthy();
    expect(within(table).getByText('Ổn định')).toBeTruthy();
    expect(within(table).getByText('72,22')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Số lần mô phỏng'), { target: { value: '5000' } });
    await waitFor(() =>
      expect(to('GET', `${BASE}/robustness`).map((c) => c.query.get('iterations'))).toEqual(['1000', '5000']),
    );
  });

  it('self-assessed vs appraised: units over-claiming, then the appraisers cutting hardest', async () => {
    api('viewer');
    renderApp('/analysis?tab=gaps');
    const units = await screen.findByRole('table', { name: 'Theo đơn vị (tự chấm cao hơn)' });
    expect(await within(units).findByText('1,25')).toBeTruthy();
    expect(within(units).getByText('8,25')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Theo người thẩm định (trừ nhiều nhất)' }));
    const appraisers = await screen.findByRole('table', { name: 'Theo người thẩm định (trừ nhiều nhất)' });
    expect(within(appraisers).getByText('thamdinh.snv')).toBeTruthy();
    expect(within(appraisers).getByText('2,125')).toBeTruthy();
  });

  it('trends: the province with its national rank, lines through the crosswalk; then one unit', async () => {
    const { to } = api('viewer');
    renderApp('/analysis?tab=trends');
    const years = await screen.findByRole('table', { name: 'Chỉ số và thứ hạng theo năm' });
    expect(await within(years).findByText('20/34')).toBeTruthy();
    expect(within(years).getByText('tăng 38 bậc')).toBeTruthy();
    expect(within(years).getByText('74,22')).toBeTruthy();
    const lines = screen.getByRole('table', { name: 'Chỉ số (điểm/tối đa) theo năm' });
    expect(within(lines).getByText('60,94 (4,875/8)')).toBeTruthy();
    expect(within(lines).getAllByText('—')).toHaveLength(1); // area 3 is new in 2026
    fireEvent.change(screen.getByLabelText('Đơn vị'), { target: { value: 'STP' } });
    const unitYears = await screen.findByRole('table', { name: 'Chỉ số và thứ hạng theo năm' });
    expect(await within(unitYears).findByText('giảm 1 bậc')).toBeTruthy();
    expect(within(unitYears).getByText('2/2')).toBeTruthy();
    expect(to('GET', '/api/v1/analysis/trends')[0].query.get('unitCode')).toBe('STP');
    expect(await screen.findByRole('img', { name: 'Biểu đồ chỉ số qua các năm' })).toBeTruthy();
  });

  it('national standing: an admin enters a value typed the Vietnamese way, and imports a CSV', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { to } = api('admin', {
      'POST /api/v1/national-standing': () => json({}, 201),
    });
    renderApp('/analysis?tab=standing');
    fireEvent.click(await screen.findByRole('button', { name: 'Nhập kết quả' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập kết quả' });
    fireEvent.change(within(dialog).getByLabelText(/^Năm/), { target: { value: '2024' } });
    fireEvent.change(within(dialog).getByLabelText(/^Giá trị/), { target: { value: '72,23' } });
    fireEvent.change(within(dialog).getByLabelText('Xếp hạng'), { target: { value: '58' } });
    fireEvent.change(within(dialog).getByLabelText('Trên tổng số tỉnh'), { target: { value: '63' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(to('POST', '/api/v1/national-standing')).toHaveLength(1));
    expect(to('POST', '/api/v1/national-standing')[0].body).toEqual({
      year: 2024,
      indexCode: 'PAR_INDEX',
      value: 72.23,
      rank: 58,
      rankOf: 63,
    });
    const file = new File(
      ['year,index,area,value,rank,rankOf\n2024,PAR_INDEX,,72.23,58,63\n'],
      'chi-so.csv',
      {
        type: 'text/csv',
      },
    );
    fireEvent.change(screen.getByLabelText('Nhập từ tệp CSV/Excel'), { target: { files: [file] } });
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect(FakeXhr.sent[0].url).toBe('/api/v1/national-standing/import');
    expect(FakeXhr.sent[0].headers['Content-Type']).toBe('text/csv');
    FakeXhr.sent[0].respond(200, { created: 2, updated: 0, unchanged: 1 });
    expect(await screen.findByText('Đã nhập: 2 mới, 0 cập nhật, 1 không đổi.')).toBeTruthy();
  });

  it('a remediation task’s evidence is uploaded from its update dialog', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    api('admin');
    renderApp('/analysis');
    fireEvent.click(await screen.findByRole('button', { name: /^Cập nhật Khắc phục/ }));
    const dialog = await screen.findByRole('dialog');
    const file = new File(['%PDF-1.4'], 'ke-hoach.pdf', { type: 'application/pdf' });
    fireEvent.change(within(dialog).getByLabelText(/^Tài liệu chứng minh/), { target: { files: [file] } });
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect(FakeXhr.sent[0].url).toBe(`/api/v1/remediation-tasks/${task.id}/evidence`);
    expect(FakeXhr.sent[0].body).toBeInstanceOf(FormData);
    FakeXhr.sent[0].respond(201, { id: '00000000-0000-4000-8000-00000000b011', fileName: 'ke-hoach.pdf' });
    expect(await within(dialog).findByText('ke-hoach.pdf')).toBeTruthy();
  });
});
