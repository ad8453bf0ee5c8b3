import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, renderApp, signedIn } from '../../../test/fake-api';
import type { AuditEntry } from '../api/types';

const ENTRY: AuditEntry = {
  id: '17',
  at: '2025-07-01T02:00:00.000Z',
  actorKind: 'user',
  actorId: '00000000-0000-4000-8000-000000000001',
  actorName: 'admin',
  action: 'unit.update',
  entityType: 'unit',
  entityId: 'STP',
  entityName: 'Sở Tư pháp tỉnh',
  actorFullName: 'Quản trị hệ thống',
  before: null,
  after: null,
  diff: { name: ['Sở Tư pháp', 'Sở Tư pháp tỉnh'] },
  ip: '10.0.0.5',
  requestId: 'req-1',
};

function api() {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/audit': (call) =>
      json({ items: [ENTRY], total: 120, page: Number(call.query.get('page') ?? 1), pageSize: 50 }),
    'GET /api/v1/audit/export': () =>
      new Response('\uFEFFThời điểm / Time\r\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
  });
}

describe('Audit log', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each entry with its before/after diff', async () => {
    api();
    renderApp('/admin/audit');
    fireEvent.click(await screen.findByRole('button', { name: 'Xem chi tiết' }));
    expect(screen.getByRole('cell', { name: /Sửa đơn vị/ })).toBeTruthy();
    const row = screen.getByRole('row', { name: /name/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Sở Tư pháp', 'Sở Tư pháp tỉnh']);
  });

  it('names people, things and actions in words: no ids, no action codes', async () => {
    signedIn();
    const period = '6f1c2a7e-3b1d-4f7a-9a53-2d8f0c1e4b5a';
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('admin')),
      'GET /api/v1/audit': () =>
        json({
          items: [
            {
              ...ENTRY,
              id: '18',
              action: 'period.publish',
              entityType: 'period',
              entityId: period,
              entityName: 'Kỳ đánh giá năm 2025',
            },
            {
              ...ENTRY,
              id: '19',
              action: 'something.new',
              entityType: 'gizmo',
              entityId: 'x',
              entityName: null,
            },
          ],
          total: 2,
          page: 1,
          pageSize: 50,
        }),
    });
    renderApp('/admin/audit');
    const published = (await screen.findByRole('cell', { name: 'Công bố kết quả' })).closest('tr')!;
    expect(within(published).getByRole('button', { name: 'Kỳ đánh giá năm 2025' })).toBeTruthy();
    expect(within(published).getAllByRole('cell')[1].textContent).toContain('Quản trị hệ thống');
    const table = published.closest('table')!;
    expect(table.textContent).not.toContain(period);
    expect(table.textContent).not.toContain('period.publish');
    expect(table.textContent).not.toContain('something.new');
    expect(screen.getByRole('cell', { name: 'Thao tác khác (Đối tượng khác)' })).toBeTruthy();
  });

  it('sends the filters and the page to the API', async () => {
    const { to } = api();
    const router = renderApp('/admin/audit');
    await screen.findByRole('button', { name: 'Xem chi tiết' });
    fireEvent.change(screen.getByLabelText('Hành động'), { target: { value: 'user.' } });
    fireEvent.change(screen.getByLabelText('Người thực hiện'), { target: { value: 'admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(to('GET', '/api/v1/audit').at(-1)?.query.get('action')).toBe('user.'));
    expect(to('GET', '/api/v1/audit').at(-1)?.query.get('actor')).toBe('admin');
    fireEvent.click(await screen.findByRole('button', { name: 'Trang sau ›' }));
    await waitFor(() => expect(to('GET', '/api/v1/audit').at(-1)?.query.get('page')).toBe('2'));
    expect(router.state.location.search).toBe('?action=user.&actor=admin&page=2');
  });

  it('exports the filtered log as CSV with the bearer token and saves it', async () => {
    const createObjectURL = vi.fn(() => 'blob:audit');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { to } = api();
    renderApp('/admin/audit?entityType=unit');
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const call = to('GET', '/api/v1/audit/export')[0];
    expect(call.auth).toBe('Bearer access-1');
    expect(call.query.get('entityType')).toBe('unit');
    expect(call.query.has('page')).toBe(false);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});
