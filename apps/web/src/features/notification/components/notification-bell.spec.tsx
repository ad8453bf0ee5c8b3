import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, renderApp, signedIn } from '../../../test/fake-api';
import type { Notification, NotificationList } from '../api/types';

const DUE: Notification = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'deadline_soon',
  periodId: '00000000-0000-4000-8000-0000000000f1',
  messageVi: 'Còn 7 ngày đến hạn tự đánh giá (05/02/2027 23:59) — Kỳ 2026: 3 tiêu chí chưa chấm điểm.',
  messageEn:
    '7 day(s) left until the self-assessment deadline (05/02/2027 23:59) — Kỳ 2026: 3 leaves without a score.',
  link: '/self-assessment',
  createdAt: '2027-01-29T02:00:00.000Z',
  readAt: null,
};
const OLD: Notification = {
  ...DUE,
  id: '00000000-0000-4000-8000-000000000002',
  messageVi: 'Thông báo cũ đã đọc',
  messageEn: 'An old read notification',
  link: null,
  readAt: '2027-01-20T02:00:00.000Z',
};

function api(list: NotificationList = { items: [DUE, OLD], unread: 1 }) {
  signedIn();
  let current = list;
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('unit_editor')),
    'GET /api/v1/notifications': () => json(current),
    [`POST /api/v1/notifications/${DUE.id}/read`]: () => {
      current = { items: [{ ...DUE, readAt: '2027-01-29T03:00:00.000Z' }, OLD], unread: 0 };
      return json(current.items[0]);
    },
    'POST /api/v1/notifications/read-all': () => {
      current = { items: current.items.map((item) => ({ ...item, readAt: item.readAt ?? 'x' })), unread: 0 };
      return json({ marked: 1 });
    },
  });
}

describe('notification bell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the unread count in the header and lists the reminders in Vietnamese', async () => {
    api();
    renderApp('/');
    const bell = await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' });
    expect(screen.getByTestId('notification-count').textContent).toBe('1');
    fireEvent.click(bell);
    const panel = screen.getByRole('region', { name: 'Thông báo' });
    expect(within(panel).getByText(/Còn 7 ngày đến hạn tự đánh giá/)).toBeTruthy();
    expect(within(panel).getByText('Thông báo cũ đã đọc')).toBeTruthy();
    expect(within(panel).getAllByRole('button', { name: 'Đánh dấu đã đọc' })).toHaveLength(1);
    expect(within(panel).getByRole('link', { name: 'Mở' }).getAttribute('href')).toBe('/self-assessment');
  });

  it('marks one read, and the count goes', async () => {
    const { to } = api();
    renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc' }));
    await waitFor(() => expect(to('POST', `/api/v1/notifications/${DUE.id}/read`)).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Thông báo' })).toBeTruthy();
    expect(screen.queryByTestId('notification-count')).toBeNull();
  });

  it('marks all read; opening a reminder marks it read and follows its link', async () => {
    const { to } = api();
    const router = renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    await waitFor(() => expect(to('POST', '/api/v1/notifications/read-all')).toHaveLength(1));
    expect(to('POST', '/api/v1/notifications/read-all')[0].body).toEqual({ before: DUE.createdAt });
    await waitFor(() => expect(screen.queryByTestId('notification-count')).toBeNull());

    api();
    fireEvent.click(screen.getByRole('link', { name: 'Mở' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/self-assessment'));
  });

  it('an empty list says so', async () => {
    api({ items: [], unread: 0 });
    renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo' }));
    expect(screen.getByText('Chưa có thông báo nào.')).toBeTruthy();
  });
});
