import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, problem, renderApp, signedIn } from '../../../test/fake-api';
import { PERIOD_ID, periodDetail, periodSummary, survey } from '../test/fixtures';

const BASE = `/api/v1/periods/${PERIOD_ID}/survey`;

const CLOSED = {
  state: 'closed',
  accepting: false,
  acceptingCode: 'SURVEY_CLOSED',
  closedAt: '2026-12-01T03:00:00Z',
} as const;

/** The survey as the server holds it: closing it changes what the next read answers. */
function api(role: 'admin' | 'surveyor', closed = false) {
  signedIn();
  let current = closed ? survey(CLOSED) : survey();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me(role)),
    'GET /api/v1/unit-types': () => json([]),
    'GET /api/v1/periods': () => page([periodSummary()]),
    [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail()),
    [`GET ${BASE}`]: () => json(current),
    [`POST ${BASE}/close`]: () => {
      current = survey(CLOSED);
      return json(current);
    },
    [`POST ${BASE}/reopen`]: () => problem(409, 'PERIOD_STATE_CONFLICT'),
  });
}

describe('survey progress', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each group against its quota, marks the units below the minimum, and closes after confirming', async () => {
    const { to } = api('admin');
    renderApp('/survey');
    const bar = await screen.findByRole('progressbar', {
      name: 'Số phiếu của nhóm Lãnh đạo các sở, ban, ngành',
    });
    expect(bar.getAttribute('aria-valuetext')).toBe('20 / 57');
    expect(screen.getByText('20 / 57 (35%)')).toBeTruthy();
    expect(screen.getByText('27 / 20 (135%)')).toBeTruthy();
    expect(screen.getByText('2 đơn vị chưa đủ 12 phiếu tối thiểu.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Theo đơn vị được đánh giá' });
    const below = within(table)
      .getAllByRole('row')
      .filter((row) => row.classList.contains('survey-row-below'))
      .map((row) => within(row).getAllByRole('cell')[1].textContent);
    expect(below).toEqual(['Xã Tân Lập', 'Sở Tài chính']);
    fireEvent.click(screen.getByRole('checkbox', { name: /Chỉ hiện đơn vị chưa đủ phiếu/ }));
    expect(within(table).queryByText('Sở Tư pháp')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Kết thúc điều tra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kết thúc cuộc điều tra?' });
    expect(within(dialog).getByText(/47 phiếu đã nhận/)).toBeTruthy();
    expect(to('POST', `${BASE}/close`)).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kết thúc điều tra' }));
    await waitFor(() => expect(to('POST', `${BASE}/close`)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Mở lại điều tra' })).toBeTruthy();
  }, 30_000);

  it('shows a refused reopen in its dialog', async () => {
    const { to } = api('admin', true);
    renderApp('/survey');
    fireEvent.click(await screen.findByRole('button', { name: 'Mở lại điều tra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở lại cuộc điều tra?' });
    fireEvent.change(within(dialog).getByLabelText('Ngày kết thúc mới'), { target: { value: '2026-12-10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại điều tra' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(to('POST', `${BASE}/reopen`)[0].body).toEqual({ closesAt: '2026-12-10' });
  });

  it('gives a surveyor the progress without closing, reopening or setup', async () => {
    api('surveyor');
    renderApp('/survey');
    await screen.findByRole('progressbar', { name: /Người dân, doanh nghiệp/ });
    expect(screen.queryByRole('button', { name: 'Kết thúc điều tra' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Thiết lập' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Nhập phiếu giấy' })).toBeTruthy();
  });
});
