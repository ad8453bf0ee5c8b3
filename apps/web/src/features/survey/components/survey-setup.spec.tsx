import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, problem, renderApp, signedIn, type Call } from '../../../test/fake-api';
import { PERIOD_ID, periodDetail, periodSummary, survey } from '../test/fixtures';

const BASE = `/api/v1/periods/${PERIOD_ID}/survey`;

function api(handlers: Record<string, (call: Call) => Response>) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json([]),
    'GET /api/v1/periods': () => page([periodSummary()]),
    [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail()),
    ...handlers,
  });
}

describe('survey setup', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('defines a survey, a quota from the sample-size helper, and narrows a group to unit types', async () => {
    const { to } = api({
      [`GET ${BASE}`]: () => problem(404, 'NOT_FOUND'),
      [`PUT ${BASE}`]: () => json(survey({ started: false, received: 0 })),
    });
    renderApp('/survey');
    expect(await screen.findByRole('heading', { name: 'Tạo cuộc điều tra cho kỳ này' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Ngày bắt đầu/), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText(/^Ngày kết thúc/), { target: { value: '2026-12-31' } });
    fireEvent.change(screen.getByLabelText(/^Số phiếu tối thiểu/), { target: { value: '12' } });
    const group = screen.getByRole('group', { name: 'Nhóm 1' });
    fireEvent.change(within(group).getByLabelText(/^Mã nhóm/), { target: { value: 'LD-SO' } });
    fireEvent.change(within(group).getByLabelText(/^Tên nhóm/), {
      target: { value: 'Lãnh đạo các sở, ban, ngành' },
    });

    // n = N / (1 + N·e²): 1200 people at ±5 % → 300 forms, live, then made the quota.
    fireEvent.click(within(group).getByText('Tính cỡ mẫu'));
    fireEvent.change(within(group).getByLabelText('Tổng thể N (người)'), { target: { value: '1.200' } });
    expect(within(group).getByText('Cần n = 300 phiếu')).toBeTruthy();
    fireEvent.change(within(group).getByLabelText('Sai số e (%)'), { target: { value: '3' } });
    expect(within(group).getByText('Cần n = 577 phiếu')).toBeTruthy();
    fireEvent.change(within(group).getByLabelText('Sai số e (%)'), { target: { value: '5' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Dùng làm chỉ tiêu của Nhóm 1' }));
    expect(within(group).getByLabelText<HTMLInputElement>(/^Chỉ tiêu số phiếu/).value).toBe('300');

    fireEvent.click(within(group).getByRole('checkbox', { name: 'department' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo cuộc điều tra' }));
    await waitFor(() => expect(to('PUT', BASE)).toHaveLength(1));
    expect(to('PUT', BASE)[0].body).toEqual({
      opensAt: '2026-11-01',
      closesAt: '2026-12-31',
      minResponses: 12,
      groups: [{ code: 'LD-SO', name: 'Lãnh đạo các sở, ban, ngành', quota: 300, unitTypes: ['department'] }],
    });
  }, 30_000);

  it('checks the window, the quotas and duplicate codes before sending, and places the server’s field errors', async () => {
    const { to } = api({
      [`GET ${BASE}`]: () => problem(404, 'NOT_FOUND'),
      [`PUT ${BASE}`]: () =>
        problem(422, 'SURVEY_INVALID', {
          errors: [
            {
              field: 'groups.0.leafCodes',
              code: 'UNKNOWN_LEAF',
              message: '9.9 không phải tiêu chí điều tra XHH',
            },
          ],
        }),
    });
    renderApp('/survey');
    await screen.findByRole('heading', { name: 'Tạo cuộc điều tra cho kỳ này' });
    fireEvent.change(screen.getByLabelText(/^Ngày bắt đầu/), { target: { value: '2026-12-31' } });
    fireEvent.change(screen.getByLabelText(/^Ngày kết thúc/), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: '+ Thêm nhóm đối tượng' }));
    for (const name of ['Nhóm 1', 'Nhóm 2']) {
      const group = screen.getByRole('group', { name });
      fireEvent.change(within(group).getByLabelText(/^Mã nhóm/), { target: { value: 'DB-HDND' } });
      fireEvent.change(within(group).getByLabelText(/^Tên nhóm/), { target: { value: 'Đại biểu HĐND' } });
      fireEvent.change(within(group).getByLabelText(/^Chỉ tiêu số phiếu/), { target: { value: 'ba mươi' } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Tạo cuộc điều tra' }));
    expect(await screen.findByText('Ngày kết thúc phải sau ngày bắt đầu')).toBeTruthy();
    expect(screen.getByText('Mã nhóm bị trùng')).toBeTruthy();
    expect(screen.getAllByText('Nhập một số nguyên không âm')).toHaveLength(2);
    expect(to('PUT', BASE)).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa nhóm 2' }));
    fireEvent.change(screen.getByLabelText(/^Ngày kết thúc/), { target: { value: '2027-01-15' } });
    const group = screen.getByRole('group', { name: 'Nhóm 1' });
    fireEvent.change(within(group).getByLabelText(/^Chỉ tiêu số phiếu/), { target: { value: '30' } });
    fireEvent.change(within(group).getByLabelText(/^Tiêu chí nhóm này trả lời/), {
      target: { value: '6.1, 9.9' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo cuộc điều tra' }));
    // Beside the field it names (and in the form's alert).
    const leaves = within(screen.getByRole('group', { name: 'Nhóm 1' })).getByLabelText(
      /^Tiêu chí nhóm này trả lời/,
    );
    await waitFor(() => expect(leaves.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('9.9 không phải tiêu chí điều tra XHH')).toHaveLength(2);
    expect(to('PUT', BASE)[0].body).toMatchObject({ groups: [{ leafCodes: ['6.1', '9.9'] }] });
  }, 30_000);
});
