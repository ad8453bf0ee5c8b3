import type { Role } from '@par/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PeriodSummary } from '../../../lib/period-queries';
import { fakeApi, json, me, problem, renderApp, signedIn, type Call } from '../../../test/fake-api';
import type { LostPoints, RemediationTask } from '../api/types';

const PERIOD = '00000000-0000-4000-8000-00000000a001';

const period: PeriodSummary = {
  id: PERIOD,
  year: 2025,
  name: 'Chỉ số CCHC năm 2025',
  state: 'published',
  deadlines: { selfAssessment: null, appraisal: null, explanation: null, finalAppraisal: null },
  unitCount: 33,
  appealDays: 15,
  decisionNo: '15/QĐ-UBND',
  decisionDate: '2026-02-10',
  publishedAt: '2026-02-10T03:00:00.000Z',
  version: 9,
};

const lostByAgency: LostPoints = {
  snapshot: { id: '00000000-0000-4000-8000-00000000a002', seq: 1, computedAt: '2026-02-01T03:00:00.000Z' },
  stale: false,
  by: 'agency',
  rows: [
    {
      key: 'VPUBND',
      title: 'Văn phòng UBND tỉnh',
      lostPoints: 61.25,
      maxPoints: 420,
      units: 30,
      criteriaSet: null,
      level: 'agency',
      leaves: 22,
    },
    {
      key: 'STP',
      title: 'Sở Tư pháp',
      lostPoints: 40.5,
      maxPoints: 300,
      units: 25,
      criteriaSet: null,
      level: 'agency',
      leaves: 14,
    },
    {
      key: 'penalty',
      title: 'Điểm trừ',
      lostPoints: 2,
      maxPoints: 0,
      units: 2,
      criteriaSet: null,
      level: 'penalty',
    },
  ],
};

const task = (extra: Partial<RemediationTask> = {}): RemediationTask => ({
  id: '00000000-0000-4000-8000-00000000a010',
  periodId: PERIOD,
  level: 'agency',
  sourceKey: 'STP',
  criteriaSet: null,
  lostPoints: 40.5,
  title: 'Khắc phục điểm bị mất thuộc trách nhiệm của Sở Tư pháp',
  description: null,
  ownerAgency: 'STP',
  ownerName: 'Sở Tư pháp',
  dueDate: '2026-11-15',
  status: 'not_started',
  progress: 0,
  overdue: true,
  notes: [],
  evidence: [],
  completedAt: null,
  createdBy: 'admin',
  createdAt: '2026-03-01T03:00:00.000Z',
  updatedAt: '2026-03-01T03:00:00.000Z',
  version: 1,
  ...extra,
});

function api(role: Role, handlers: Record<string, (call: Call) => Response> = {}) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me(role)),
    'GET /api/v1/periods': () => json([period]),
    [`GET /api/v1/periods/${PERIOD}/analysis/lost-points`]: (call) =>
      json(
        call.query.get('by') === 'agency'
          ? lostByAgency
          : { ...lostByAgency, by: call.query.get('by'), rows: [] },
      ),
    [`GET /api/v1/periods/${PERIOD}/remediation-tasks`]: () => json([task()]),
    'GET /api/v1/remediation-tasks/overdue': () => json([task()]),
    'GET /api/v1/national-standing': () =>
      json([
        {
          id: '00000000-0000-4000-8000-00000000a020',
          year: 2025,
          indexCode: 'PAR_INDEX',
          areaCode: '',
          areaTitle: null,
          value: 74.5,
          maxPoints: null,
          lostPoints: null,
          rank: 20,
          rankOf: 34,
          rankChange: 38,
          valueChange: 2.27,
          version: 1,
        },
      ]),
    ...handlers,
  });
}

describe('analysis page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows lost points by responsible agency, the penalty row, the plan and the national standing', async () => {
    api('admin');
    renderApp('/analysis');
    const lost = await screen.findByRole('table', { name: /Điểm bị mất — Cơ quan chịu trách nhiệm/ });
    await within(lost).findByText('Văn phòng UBND tỉnh');
    const rows = within(lost).getAllByRole('row');
    expect(rows[1].textContent).toContain('61,25');
    expect(rows[3].textContent).toContain('Điểm trừ');
    const plan = await screen.findByRole('table', { name: 'Kế hoạch khắc phục' });
    expect(await within(plan).findByText('Quá hạn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chỉ số quốc gia' }));
    const standing = await screen.findByRole('table', { name: 'Chỉ số quốc gia của tỉnh' });
    expect(await within(standing).findByText('tăng 38 bậc')).toBeTruthy();
    expect(within(standing).getByText('20/34')).toBeTruthy();
  });

  it('assigns a task from a lost-points row in one request, the owner prefilled with the row’s agency', async () => {
    const { to } = api('admin', {
      'POST /api/v1/remediation-tasks': () => json(task({ id: '00000000-0000-4000-8000-00000000a011' }), 201),
    });
    renderApp('/analysis');
    fireEvent.click(await screen.findByRole('button', { name: 'Giao nhiệm vụ Sở Tư pháp' }));
    const dialog = await screen.findByRole('dialog', { name: /Giao nhiệm vụ khắc phục: STP Sở Tư pháp/ });
    expect(within(dialog).getByLabelText<HTMLInputElement>(/Cơ quan chủ trì/).value).toBe('STP');
    fireEvent.change(within(dialog).getByLabelText(/Hạn hoàn thành/), { target: { value: '2026-11-15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(to('POST', '/api/v1/remediation-tasks')).toHaveLength(1));
    expect(to('POST', '/api/v1/remediation-tasks')[0].body).toEqual({
      periodId: PERIOD,
      from: { by: 'agency', key: 'STP' },
      dueDate: '2026-11-15',
      ownerAgency: 'STP',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('the owner agency’s officer sees no lost points but reports progress, with the version last read', async () => {
    const { to } = api('unit_editor', {
      'PATCH /api/v1/remediation-tasks/00000000-0000-4000-8000-00000000a010': () =>
        problem(409, 'STALE_VERSION', { current: task({ version: 2, status: 'in_progress', progress: 20 }) }),
    });
    renderApp('/analysis');
    fireEvent.click(await screen.findByRole('button', { name: /^Cập nhật Khắc phục/ }));
    expect(screen.queryByRole('table', { name: /Điểm bị mất/ })).toBeNull();
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Trạng thái'), { target: { value: 'in_progress' } });
    fireEvent.change(within(dialog).getByLabelText('Tiến độ (%)'), { target: { value: '40' } });
    fireEvent.change(within(dialog).getByLabelText('Ghi chú tiến độ'), {
      target: { value: 'Đã ban hành kế hoạch' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(to('PATCH', '/api/v1/remediation-tasks/00000000-0000-4000-8000-00000000a010')).toHaveLength(1),
    );
    expect(to('PATCH', '/api/v1/remediation-tasks/00000000-0000-4000-8000-00000000a010')[0].body).toEqual({
      version: 1,
      status: 'in_progress',
      progress: 40,
      note: 'Đã ban hành kế hoạch',
    });
    expect(await within(dialog).findByText(/vừa được người khác cập nhật/)).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Tiến độ (%)').value).toBe('20');
  });

  it('the dashboard lists overdue tasks', async () => {
    api('viewer');
    renderApp('/');
    const overdue = await screen.findByRole('region', { name: 'Nhiệm vụ khắc phục quá hạn' });
    expect(within(overdue).getByText('1 nhiệm vụ quá hạn')).toBeTruthy();
    expect(
      within(overdue).getByRole('link', { name: 'Khắc phục điểm bị mất thuộc trách nhiệm của Sở Tư pháp' }),
    ).toBeTruthy();
  });
});
