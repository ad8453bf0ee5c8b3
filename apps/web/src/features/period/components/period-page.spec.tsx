import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PeriodDetail } from '../../../lib/period-queries';
import {
  fakeApi,
  fieldProblem,
  json,
  me,
  page,
  problem,
  renderApp,
  signedIn,
  type Call,
} from '../../../test/fake-api';
import type { PeriodUnit } from '../api/types';

const ID = '00000000-0000-4000-8000-00000000b002';

const unit = (code: string, name: string, extra: Partial<PeriodUnit> = {}): PeriodUnit => ({
  code,
  name,
  type: 'department',
  group: 'departments',
  criteriaSetCode: 'SO-2026',
  assessmentStatus: 'draft',
  selfAssessmentDue: null,
  explanationDue: null,
  ...extra,
});

const period = (extra: Partial<PeriodDetail> = {}): PeriodDetail => ({
  id: ID,
  year: 2026,
  name: 'Xác định Chỉ số CCHC năm 2026',
  state: 'self_assessment',
  deadlines: {
    selfAssessment: '2026-12-15T10:00:00.000Z',
    appraisal: null,
    explanation: '2027-01-20T10:00:00.000Z',
    finalAppraisal: null,
  },
  unitCount: 2,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  appealDays: 15,
  version: 3,
  criteriaSets: [
    {
      id: '00000000-0000-4000-8000-0000000050a1',
      code: 'SO-2026',
      name: 'Bộ tiêu chí các sở năm 2026',
      unitType: 'department',
      unitTypes: ['department'],
      status: 'published',
      bands: [],
    },
  ],
  units: [unit('STP', 'Sở Tư pháp', { assessmentStatus: 'submitted' }), unit('STC', 'Sở Tài chính')],
  nextStates: ['appraisal'],
  ...extra,
});

function api(handlers: Record<string, (call: Call) => Response>) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json([]),
    'GET /api/v1/units': () => page([]),
    [`GET /api/v1/periods/${ID}`]: () => json(period()),
    ...handlers,
  });
}

async function move(name: string) {
  fireEvent.click(await screen.findByRole('button', { name }));
  const confirm = await screen.findByRole('dialog', { name: /^Chuyển kỳ đánh giá sang bước/ });
  fireEvent.click(within(confirm).getByRole('button', { name }));
}

describe('Period page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('explains every unmet precondition in words, the units by name with a link, once each', async () => {
    const { to } = api({
      [`POST /api/v1/periods/${ID}/state`]: () =>
        problem(409, 'PERIOD_STATE_CONFLICT', {
          errors: [
            fieldProblem('UNITS_NOT_SUBMITTED', { units: ['STC'] }, { units: ['STC'] }),
            fieldProblem('CRITERIA_SET_INVALID', { sets: ['XA-2026'] }),
          ],
        }),
    });
    renderApp(`/periods/${ID}`);
    expect((await screen.findByText('Tự đánh giá', { selector: '[aria-current="step"]' })).textContent).toBe(
      'Tự đánh giá',
    );
    await move('Chuyển sang: Thẩm định vòng 1');
    await waitFor(() =>
      expect(to('POST', `/api/v1/periods/${ID}/state`)[0]?.body).toEqual({ state: 'appraisal' }),
    );
    const refusal = await screen.findByRole('heading', {
      name: 'Chưa chuyển được bước: các điều kiện chưa đạt',
    });
    const alert = refusal.closest<HTMLElement>('[role="alert"]')!;
    expect(
      within(alert).getByText('1 đơn vị chưa nộp phiếu tự đánh giá và hạn nộp của các đơn vị này chưa qua:'),
    ).toBeTruthy();
    // The unit by its name, linked to its assessment; no code, no API sentence, nothing twice.
    const link = within(alert).getByRole('link', { name: 'Sở Tài chính' });
    expect(link.getAttribute('href')).toBe(`/self-assessment?period=${ID}&unit=STC`);
    expect(alert.textContent).not.toContain('STC');
    expect(alert.textContent).not.toContain('UNITS_NOT_SUBMITTED');
    expect(within(alert).getByText(/Bộ tiêu chí chưa hợp lệ: XA-2026/)).toBeTruthy();
    // …each with what to do about it.
    expect(within(alert).getByText('Nhắc các đơn vị nộp phiếu, hoặc chờ hết hạn tự đánh giá.')).toBeTruthy();
    expect(within(alert).getByText('Mở bộ tiêu chí và sửa các lỗi được liệt kê ở đó.')).toBeTruthy();
    expect(screen.getByText('Tự đánh giá', { selector: '[aria-current="step"]' })).toBeTruthy();
  });

  it('dates the decision the official way and groups the figures in vi-VN', async () => {
    const published = period({
      state: 'published',
      nextStates: [],
      unitCount: 1344,
      decisionNo: '125/QĐ-UBND',
      decisionDate: '2026-03-06',
      units: [unit('STP', 'Sở Tư pháp', { assessmentStatus: 'final' })],
    });
    api({
      [`GET /api/v1/periods/${ID}`]: () => json(published),
      [`GET /api/v1/periods/${ID}/results`]: () =>
        json({
          format: 'par-index.results/v1',
          units: [
            {
              code: 'STP',
              group: 'departments',
              points: 1210.5,
              maxPoints: 1344,
              index: 90.07,
              rank: 1002,
              band: null,
            },
          ],
          warnings: [],
        }),
    });
    renderApp(`/periods/${ID}`);
    expect(
      await screen.findByText(
        'Năm 2026 · 1.344 đơn vị tham gia · Quyết định 125/QĐ-UBND ngày 06 tháng 3 năm 2026',
      ),
    ).toBeTruthy();
    const row = (await screen.findByText('1.210,5 / 1.344')).closest('tr')!;
    expect(within(row).getByText('1.002')).toBeTruthy();
  });

  it('asks before moving a deadline into the past, saying how many units it locks', async () => {
    const open = period({
      deadlines: {
        selfAssessment: '2099-12-15T10:00:00.000Z',
        appraisal: null,
        explanation: null,
        finalAppraisal: null,
      },
      units: [
        unit('STP', 'Sở Tư pháp', { assessmentStatus: 'submitted' }),
        unit('STC', 'Sở Tài chính'),
        unit('SXD', 'Sở Xây dựng'),
        unit('SYT', 'Sở Y tế', { selfAssessmentDue: '2099-12-20T10:00:00.000Z' }),
      ],
    });
    const { to } = api({
      [`GET /api/v1/periods/${ID}`]: () => json(open),
      [`PATCH /api/v1/periods/${ID}`]: () => json(open),
    });
    renderApp(`/periods/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa tên, hạn' }));
    let dialog = await screen.findByRole('dialog', { name: 'Sửa tên và hạn của kỳ đánh giá' });
    fireEvent.change(within(dialog).getByLabelText(/^Hạn tự đánh giá/), {
      target: { value: '06/01/2020 17:00' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const confirm = await screen.findByRole('dialog', { name: 'Dời hạn về thời điểm đã qua?' });
    // Two drafts without their own extension: the submitted unit and the extended one stay as they are.
    expect(
      within(confirm).getByText(/2 đơn vị chưa nộp tự đánh giá sẽ bị khoá ngay khi lưu/).textContent,
    ).toContain('06/01/2020');
    expect(to('PATCH', `/api/v1/periods/${ID}`)).toHaveLength(0);

    // Back to the form, the date as typed; then saved anyway.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    dialog = await screen.findByRole('dialog', { name: 'Sửa tên và hạn của kỳ đánh giá' });
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Hạn tự đánh giá/).value).toBe(
      '06/01/2020 17:00',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Dời hạn về thời điểm đã qua?' })).getByRole(
        'button',
        {
          name: 'Vẫn lưu',
        },
      ),
    );
    await waitFor(() =>
      expect(to('PATCH', `/api/v1/periods/${ID}`)[0]?.body).toMatchObject({
        deadlines: { selfAssessment: new Date('2020-01-06T17:00').toISOString() },
        version: 3,
      }),
    );
  });

  it('computes and names the units with fewer survey forms than the minimum', async () => {
    const final = period({
      state: 'final_appraisal',
      nextStates: ['computed'],
      units: [
        unit('STP', 'Sở Tư pháp', { assessmentStatus: 'final' }),
        unit('STC', 'Sở Tài chính', { assessmentStatus: 'final' }),
      ],
    });
    const { to } = api({
      [`GET /api/v1/periods/${ID}`]: () => json(final),
      [`POST /api/v1/periods/${ID}/results/compute`]: () =>
        json({
          format: 'par-index.results/v1',
          units: [],
          warnings: [{ unit: 'STC', code: 'SURVEY_BELOW_MINIMUM', received: 9, minimum: 12 }],
        }),
    });
    renderApp(`/periods/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Tính điểm, xếp hạng' }));
    expect(
      await screen.findByText('1 đơn vị có ít phiếu điều tra XHH hơn mức tối thiểu (điểm vẫn được tính):'),
    ).toBeTruthy();
    expect(screen.getByText('Sở Tài chính: 9/12 phiếu')).toBeTruthy();
    expect(to('POST', `/api/v1/periods/${ID}/results/compute`)).toHaveLength(1);
  });

  it('lists compute’s warnings when publishing and sends the acknowledgement with its reason', async () => {
    const computed = period({
      state: 'computed',
      nextStates: ['published'],
      units: [unit('STP', 'Sở Tư pháp', { assessmentStatus: 'final' })],
    });
    const { to } = api({
      [`GET /api/v1/periods/${ID}`]: () => json(computed),
      [`POST /api/v1/periods/${ID}/results/compute`]: () =>
        json({
          format: 'par-index.results/v1',
          units: [],
          warnings: [{ unit: 'STP', code: 'MISSING_LEAVES', leaves: ['1.1', '8.2'] }],
        }),
      [`POST /api/v1/periods/${ID}/publish`]: () => json({ id: 'p1', version: 1 }, 201),
    });
    renderApp(`/periods/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Tính lại điểm' }));
    await waitFor(() => expect(to('POST', `/api/v1/periods/${ID}/results/compute`)).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Công bố kết quả' }));
    const dialog = await screen.findByRole('dialog', { name: /^Công bố kết quả/ });
    expect(within(dialog).getByText('Sở Tư pháp: 2 tiêu chí chưa có số liệu (1.1, 8.2)')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Số quyết định/), { target: { value: '125/QĐ-UBND' } });
    fireEvent.change(within(dialog).getByLabelText(/Ngày quyết định/), { target: { value: '2027-04-15' } });
    fireEvent.click(within(dialog).getByLabelText('Tôi đã xem các cảnh báo và vẫn công bố'));
    // A reason is required with the acknowledgement.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Công bố kết quả' }));
    expect(await within(dialog).findByText('Hãy ghi lý do (ít nhất 5 ký tự)')).toBeTruthy();
    expect(to('POST', `/api/v1/periods/${ID}/publish`)).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText(/Lý do công bố dù còn cảnh báo/), {
      target: { value: 'STP sáp nhập giữa năm, Hội đồng đã xem xét' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Công bố kết quả' }));
    await waitFor(() =>
      expect(to('POST', `/api/v1/periods/${ID}/publish`)[0]?.body).toEqual({
        decisionNo: '125/QĐ-UBND',
        decisionDate: '2027-04-15',
        acknowledgeWarnings: true,
        acknowledgementReason: 'STP sáp nhập giữa năm, Hội đồng đã xem xét',
      }),
    );
  });

  it('asks for the acknowledgement when the API refuses a publication over warnings it knows of', async () => {
    const computed = period({ state: 'computed', nextStates: ['published'], units: [] });
    const { to } = api({
      [`GET /api/v1/periods/${ID}`]: () => json(computed),
      [`POST /api/v1/periods/${ID}/publish`]: () => problem(409, 'RESULTS_WARNINGS_NOT_ACKNOWLEDGED'),
    });
    renderApp(`/periods/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Công bố kết quả' }));
    const dialog = await screen.findByRole('dialog', { name: /^Công bố kết quả/ });
    expect(within(dialog).queryByLabelText('Tôi đã xem các cảnh báo và vẫn công bố')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/Số quyết định/), { target: { value: '125/QĐ-UBND' } });
    fireEvent.change(within(dialog).getByLabelText(/Ngày quyết định/), { target: { value: '2027-04-15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Công bố kết quả' }));
    await waitFor(() => expect(to('POST', `/api/v1/periods/${ID}/publish`)).toHaveLength(1));
    expect(await within(dialog).findByLabelText('Tôi đã xem các cảnh báo và vẫn công bố')).toBeTruthy();
  });

  it('moves on when allowed, and extends one unit’s deadline', async () => {
    const moved = period({ state: 'appraisal', nextStates: ['explanation'] });
    const { to } = api({
      [`POST /api/v1/periods/${ID}/state`]: () => json(moved),
      [`PATCH /api/v1/periods/${ID}/units/STC`]: () => json(moved),
    });
    renderApp(`/periods/${ID}`);
    await move('Chuyển sang: Thẩm định vòng 1');
    expect(await screen.findByText('Thẩm định vòng 1', { selector: '[aria-current="step"]' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chuyển sang: Giải trình' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Gia hạn Sở Tài chính' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gia hạn cho Sở Tài chính' });
    fireEvent.change(within(dialog).getByLabelText(/^Hạn tự đánh giá/), {
      target: { value: '2026-12-22T17:00' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(to('PATCH', `/api/v1/periods/${ID}/units/STC`)[0]?.body).toEqual({
        selfAssessmentDue: new Date('2026-12-22T17:00').toISOString(),
        explanationDue: null,
      }),
    );
  });

  it('names the ranking groups and saves them with their members against the period version', async () => {
    const { to } = api({
      [`GET /api/v1/periods/${ID}/ranking-groups`]: () =>
        json({
          configured: false,
          version: 3,
          groups: [
            {
              code: 'departments',
              name: 'departments',
              nameEn: 'departments',
              unitCodes: ['STC', 'STP'],
              bands: null,
            },
          ],
        }),
      [`PUT /api/v1/periods/${ID}/ranking-groups`]: (call) =>
        json({ configured: true, version: 4, groups: (call.body as { groups: unknown[] }).groups }),
    });
    renderApp(`/periods/${ID}`);
    // Never named: the editor proposes the known name, and the units table shows it, not the code.
    const name = await screen.findByLabelText<HTMLInputElement>('Tên nhóm departments');
    expect(name.value).toBe('Sở, ban, ngành');
    const units = screen.getByRole('table', { name: 'Đơn vị tham gia' });
    expect(within(units).getAllByText('Sở, ban, ngành')).toHaveLength(2);
    expect(within(units).queryByText('departments')).toBeNull();
    fireEvent.change(name, { target: { value: 'Khối sở, ban, ngành' } });
    fireEvent.change(screen.getByLabelText('Mã nhóm mới'), { target: { value: 'dac-thu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm nhóm' }));
    fireEvent.change(screen.getByLabelText('Tên nhóm dac-thu'), { target: { value: 'Cơ quan đặc thù' } });
    fireEvent.change(screen.getByLabelText('Tên tiếng Anh của nhóm dac-thu'), {
      target: { value: 'Special' },
    });
    fireEvent.change(screen.getByLabelText('Sở Tư pháp'), { target: { value: 'dac-thu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nhóm xếp hạng' }));
    await waitFor(() => expect(to('PUT', `/api/v1/periods/${ID}/ranking-groups`)).toHaveLength(1));
    expect(to('PUT', `/api/v1/periods/${ID}/ranking-groups`)[0].body).toEqual({
      version: 3,
      groups: [
        { code: 'departments', name: 'Khối sở, ban, ngành', nameEn: 'Departments', unitCodes: ['STC'] },
        { code: 'dac-thu', name: 'Cơ quan đặc thù', nameEn: 'Special', unitCodes: ['STP'] },
      ],
    });
    expect(await screen.findByText('Đã lưu nhóm xếp hạng.')).toBeTruthy();
  });
});
