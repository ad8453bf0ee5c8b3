import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
} from '../../../../test/fake-api';

const TYPES = [
  { code: 'department', nameVi: 'Sở, ban, ngành', nameEn: 'Department', sortOrder: 1, active: true },
  { code: 'commune', nameVi: 'Xã', nameEn: 'Commune', sortOrder: 2, active: true },
  { code: 'ward', nameVi: 'Phường', nameEn: 'Ward', sortOrder: 3, active: true },
];

const set = (id: string, code: string, unitType: string, status = 'published') => ({
  id,
  code,
  name: `Bộ tiêu chí ${code}`,
  year: 2026,
  unitType,
  status,
  sourceDecision: null,
  leafCount: 70,
  maxPoints: 100,
  clonedFromId: null,
  publishedAt: null,
  appealDays: 15,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 1,
});

const SO = '00000000-0000-4000-8000-0000000050a1';
const XA = '00000000-0000-4000-8000-0000000050a2';
const SETS = [set(SO, 'SO-2026', 'department'), set(XA, 'XA-2026', 'commune', 'draft')];

const unit = (code: string, name: string, type: string, active = true) => ({
  id: `00000000-0000-4000-8000-${code.padStart(12, '0')}`,
  code,
  name,
  type,
  parentCode: null,
  active,
  version: 1,
  createdAt: '2025-07-01T00:00:00.000Z',
  updatedAt: '2025-07-01T00:00:00.000Z',
});

const UNITS = [
  unit('STP', 'Sở Tư pháp', 'department'),
  unit('STC', 'Sở Tài chính', 'department'),
  unit('SCU', 'Sở cũ (đã sáp nhập)', 'department', false),
  unit('XAA', 'Xã An Phú', 'commune'),
  unit('XBB', 'Xã Bình Minh', 'commune'),
  unit('PHC', 'Phường Hòa Cường', 'ward'),
];

const NEW_ID = '00000000-0000-4000-8000-00000000b001';

function api(create: (call: Call) => Response) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json(TYPES),
    'GET /api/v1/criteria-sets': () => page(SETS),
    'GET /api/v1/units': () => page(UNITS),
    'GET /api/v1/periods': () => page([2025, 2026].map((year) => ({ id: `period-${year}`, year }))),
    'POST /api/v1/periods': create,
    [`GET /api/v1/periods/${NEW_ID}`]: () => problem(404, 'NOT_FOUND'),
  });
}

const step = (name: string) => screen.findByRole('form', { name });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));

describe('Period wizard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('proposes the year after the latest period, and the name follows the year unless the user wrote one', async () => {
    api(() => json({ id: NEW_ID }, 201));
    renderApp('/periods/new');
    const basics = await step('Năm và tên');
    const year = within(basics).getByLabelText<HTMLInputElement>(/^Năm/);
    const name = within(basics).getByLabelText<HTMLInputElement>(/^Tên kỳ đánh giá/);
    expect(year.value).toBe('2027');
    expect(name.value).toBe('Xác định Chỉ số CCHC năm 2027');
    fireEvent.change(year, { target: { value: '2028' } });
    await waitFor(() => expect(name.value).toBe('Xác định Chỉ số CCHC năm 2028'));
    fireEvent.change(name, { target: { value: 'Chỉ số CCHC bổ sung' } });
    fireEvent.change(year, { target: { value: '2029' } });
    await waitFor(() => expect(year.value).toBe('2029'));
    expect(name.value).toBe('Chỉ số CCHC bổ sung');
  });

  it('walks through the five steps and posts the sets per unit type, units with groups and deadlines', async () => {
    const { to } = api(() => json({ id: NEW_ID }, 201));
    const router = renderApp('/periods/new');

    const basics = await step('Năm và tên');
    fireEvent.change(within(basics).getByLabelText(/^Năm/), { target: { value: '2026' } });
    fireEvent.change(within(basics).getByLabelText(/^Tên kỳ đánh giá/), {
      target: { value: 'Xác định Chỉ số CCHC năm 2026' },
    });
    next();

    const sets = await step('Bộ tiêu chí');
    next();
    expect(await within(sets).findByText('Chọn ít nhất một bộ tiêu chí')).toBeTruthy();
    fireEvent.change(within(sets).getByLabelText('Thêm bộ tiêu chí'), { target: { value: SO } });
    fireEvent.click(within(sets).getByRole('button', { name: 'Thêm' }));
    fireEvent.change(within(sets).getByLabelText('Thêm bộ tiêu chí'), { target: { value: XA } });
    fireEvent.click(within(sets).getByRole('button', { name: 'Thêm' }));
    // One set for communes and wards alike.
    const xa = within(sets).getByRole('group', { name: /XA-2026/ });
    fireEvent.click(within(xa).getByLabelText('Phường'));
    next();

    const units = await step('Đơn vị tham gia');
    const departments = within(units).getByRole('group', { name: /Sở, ban, ngành/ });
    expect(within(departments).queryByText('Sở cũ (đã sáp nhập)')).toBeNull();
    fireEvent.change(within(departments).getByLabelText('Nhóm xếp hạng của Sở, ban, ngành'), {
      target: { value: 'so-nganh' },
    });
    fireEvent.click(within(departments).getByLabelText('Chọn tất cả: Sở, ban, ngành'));
    fireEvent.click(within(units).getByLabelText('Tham gia Xã An Phú'));
    fireEvent.click(within(units).getByLabelText('Tham gia Phường Hòa Cường'));
    fireEvent.change(within(units).getByLabelText('Nhóm xếp hạng Phường Hòa Cường'), {
      target: { value: 'commune' },
    });
    next();

    const deadlines = await step('Thời hạn');
    fireEvent.change(within(deadlines).getByLabelText('Hạn tự đánh giá'), {
      target: { value: '15/12/2026 17:00' },
    });
    next();

    const review = await step('Kiểm tra và tạo');
    expect(review.textContent).toContain('nhóm so-nganh: 2 đơn vị');
    fireEvent.click(within(review).getByRole('button', { name: 'Tạo kỳ đánh giá' }));
    await waitFor(() => expect(to('POST', '/api/v1/periods')).toHaveLength(1));
    expect(to('POST', '/api/v1/periods')[0].body).toEqual({
      year: 2026,
      name: 'Xác định Chỉ số CCHC năm 2026',
      criteriaSets: [
        { criteriaSetId: SO, unitTypes: ['department'] },
        { criteriaSetId: XA, unitTypes: ['commune', 'ward'] },
      ],
      units: [
        { code: 'STC', group: 'so-nganh' },
        { code: 'STP', group: 'so-nganh' },
        { code: 'XAA', group: 'commune' },
        { code: 'PHC', group: 'commune' },
      ],
      deadlines: { selfAssessment: new Date('2026-12-15T17:00').toISOString() },
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/periods/${NEW_ID}`));
  });

  it('refuses a ranking group that mixes criteria sets before asking the API, and shows the API’s own refusals', async () => {
    const { to } = api(() =>
      problem(422, 'PERIOD_INVALID', {
        errors: [fieldProblem('UNIT_NOT_FOUND', { unit: 'STC', active: true }, { field: 'units.0.code' })],
      }),
    );
    renderApp('/periods/new');
    await step('Năm và tên');
    next();
    const sets = await step('Bộ tiêu chí');
    fireEvent.change(within(sets).getByLabelText('Thêm bộ tiêu chí'), { target: { value: SO } });
    fireEvent.click(within(sets).getByRole('button', { name: 'Thêm' }));
    fireEvent.change(within(sets).getByLabelText('Thêm bộ tiêu chí'), { target: { value: XA } });
    fireEvent.click(within(sets).getByRole('button', { name: 'Thêm' }));
    next();
    const units = await step('Đơn vị tham gia');
    fireEvent.click(within(units).getByLabelText('Tham gia Sở Tài chính'));
    fireEvent.click(within(units).getByLabelText('Tham gia Xã An Phú'));
    fireEvent.change(within(units).getByLabelText('Nhóm xếp hạng Xã An Phú'), {
      target: { value: 'department' },
    });
    next();
    expect(
      await within(units).findByText(/Một nhóm xếp hạng có đơn vị chấm theo các bộ tiêu chí khác nhau/),
    ).toBeTruthy();
    fireEvent.change(within(units).getByLabelText('Nhóm xếp hạng Xã An Phú'), { target: { value: 'xa' } });
    next();
    await step('Thời hạn');
    next();
    const review = await step('Kiểm tra và tạo');
    fireEvent.click(within(review).getByRole('button', { name: 'Tạo kỳ đánh giá' }));
    const alert = await within(review).findByRole('alert');
    expect(alert.textContent).toContain('Không có đơn vị STC (hoặc đã ngừng)');
    expect(to('POST', '/api/v1/periods')).toHaveLength(1);
  });
});
