import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, problem, renderApp, signedIn, type Call } from '../../../test/fake-api';
import type { Unit, UnitType } from '../api/types';

const TYPES: UnitType[] = [
  { code: 'department', nameVi: 'Sở, ban, ngành', nameEn: 'Department', sortOrder: 1, active: true },
  { code: 'ward', nameVi: 'Phường', nameEn: 'Ward', sortOrder: 2, active: true },
];

const unit = (code: string, name: string, extra: Partial<Unit> = {}): Unit => ({
  id: `00000000-0000-4000-8000-${code.padStart(12, '0')}`,
  code,
  name,
  type: 'department',
  parentCode: null,
  active: true,
  version: 1,
  createdAt: '2025-07-01T00:00:00.000Z',
  updatedAt: '2025-07-01T00:00:00.000Z',
  ...extra,
});

const UNITS = [unit('STC', 'Sở Tài chính'), unit('SCT', 'Sở Công Thương'), unit('SDT', 'Sở Đào tạo')];

function api(extra: Record<string, (call: Call) => Response | Promise<Response>> = {}) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json(TYPES),
    'GET /api/v1/units': (call) =>
      page(UNITS.filter((u) => !call.query.get('type') || u.type === call.query.get('type'))),
    ...extra,
  });
}

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1].textContent);

describe('Units admin', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists units in Vietnamese order (Đ after D) and filters by type through the API', async () => {
    const { to } = api();
    const router = renderApp('/admin/units');
    await waitFor(() => expect(names()).toEqual(['Sở Công Thương', 'Sở Đào tạo', 'Sở Tài chính']));
    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: 'ward' } });
    await waitFor(() => expect(to('GET', '/api/v1/units').at(-1)?.query.get('type')).toBe('ward'));
    expect(router.state.location.search).toBe('?type=ward');
  });

  it('creates a unit and shows the server’s refusal next to the field it concerns', async () => {
    const { to } = api({
      'POST /api/v1/units': () => problem(409, 'UNIT_CODE_TAKEN', { detail: 'STC' }),
    });
    renderApp('/admin/units');
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm đơn vị' });
    fireEvent.change(within(dialog).getByLabelText(/^Mã đơn vị/), { target: { value: 'STC' } });
    fireEvent.change(within(dialog).getByLabelText(/^Tên đơn vị/), { target: { value: 'Sở Tài chính' } });
    await within(dialog).findByRole('option', { name: 'Phường' });
    fireEvent.change(within(dialog).getByLabelText(/^Loại đơn vị/), { target: { value: 'ward' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(to('POST', '/api/v1/units')).toHaveLength(1));
    expect(to('POST', '/api/v1/units')[0].body).toEqual({ code: 'STC', name: 'Sở Tài chính', type: 'ward' });
    const code = within(dialog).getByLabelText(/^Mã đơn vị/);
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByText('Mã đơn vị đã tồn tại').length).toBeGreaterThan(0);
  });

  it('resolves a concurrent edit: shows what differs, then saves over it against the current version', async () => {
    const current = unit('STC', 'Sở Tài chính tỉnh', { version: 2 });
    const { to } = api({
      'PATCH /api/v1/units/STC': (call) =>
        (call.body as { version: number }).version === 1
          ? problem(409, 'STALE_VERSION', { current })
          : json({ ...current, name: 'Sở Tài chính (mới)', version: 3 }),
    });
    renderApp('/admin/units');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa Sở Tài chính' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa đơn vị STC' });
    fireEvent.change(within(dialog).getByLabelText(/^Tên đơn vị/), {
      target: { value: 'Sở Tài chính (mới)' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const conflict = await within(dialog).findByRole('alert');
    expect(conflict.textContent).toContain('Dữ liệu vừa được người khác thay đổi.');
    expect(within(conflict).getByRole('row', { name: /Tên đơn vị/ }).textContent).toContain(
      'Sở Tài chính tỉnh',
    );
    fireEvent.click(within(conflict).getByRole('button', { name: 'Lưu đè thay đổi của tôi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(to('PATCH', '/api/v1/units/STC').map((c) => c.body)).toEqual([
      { version: 1, name: 'Sở Tài chính (mới)' },
      { version: 2, name: 'Sở Tài chính (mới)' },
    ]);
  });

  it('deactivates a unit after confirmation', async () => {
    const { to } = api({
      'PATCH /api/v1/units/SCT': () => json(unit('SCT', 'Sở Công Thương', { active: false, version: 2 })),
    });
    renderApp('/admin/units');
    fireEvent.click(await screen.findByRole('button', { name: 'Ngừng hoạt động Sở Công Thương' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ngừng hoạt động Sở Công Thương?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ngừng hoạt động' }));
    await waitFor(() =>
      expect(to('PATCH', '/api/v1/units/SCT')[0]?.body).toEqual({ active: false, version: 1 }),
    );
  });
});
