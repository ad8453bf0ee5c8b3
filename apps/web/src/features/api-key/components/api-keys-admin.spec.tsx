import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, renderApp, signedIn } from '../../../test/fake-api';
import type { ApiKey } from '../api/types';

const KEY: ApiKey = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Hệ thống một cửa tỉnh',
  prefix: 'a1b2c3d4e5',
  scopes: ['indicators:write'],
  createdAt: '2025-07-01T00:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  expiresAt: null,
};

const EXPIRED: ApiKey = {
  ...KEY,
  id: '00000000-0000-4000-8000-0000000000bb',
  name: 'Cổng cũ',
  prefix: 'b1b2c3d4e5',
  expiresAt: '2020-03-31T16:59:59.999Z',
};

function api() {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/api-keys': () => json([KEY, EXPIRED]),
    'POST /api/v1/api-keys': () =>
      json(
        { ...KEY, id: 'new', name: 'Cổng thông tin', key: 'par_f0f0f0f0f0_secret-secret-secret-secret' },
        201,
      ),
    [`DELETE /api/v1/api-keys/${KEY.id}`]: () => new Response(null, { status: 204 }),
  });
}

describe('API keys admin', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('creates a key with its scopes and shows it exactly once, with a warning', async () => {
    const { to } = api();
    renderApp('/admin/api-keys');
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo khóa API' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo khóa API' });
    fireEvent.change(within(dialog).getByLabelText(/^Tên hệ thống/), { target: { value: 'Cổng thông tin' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo khóa API' }));
    expect(await within(dialog).findByText('Chọn ít nhất một quyền')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /results:read/ }));
    fireEvent.change(within(dialog).getByLabelText(/^Hết hạn/), { target: { value: '30/02/2027' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo khóa API' }));
    expect(await within(dialog).findByText('Ngày không hợp lệ (dd/mm/yyyy)')).toBeTruthy();
    expect(to('POST', '/api/v1/api-keys')).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText(/^Hết hạn/), { target: { value: '31/03/2027' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo khóa API' }));
    const shown = await screen.findByRole('dialog', { name: 'Khóa API “Cổng thông tin”' });
    expect(to('POST', '/api/v1/api-keys')[0].body).toEqual({
      name: 'Cổng thông tin',
      scopes: ['results:read'],
      expiresAt: '2027-03-31',
    });
    expect(within(shown).getByLabelText<HTMLInputElement>('Khóa API').value).toBe(
      'par_f0f0f0f0f0_secret-secret-secret-secret',
    );
    expect(within(shown).getByRole('note').textContent).toContain('lần duy nhất');
    fireEvent.click(within(shown).getByRole('button', { name: 'Tôi đã lưu khóa' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByDisplayValue(/par_f0f0f0f0f0/)).toBeNull();
  });

  it('lists prefix and state, and revokes only after confirmation', async () => {
    const { to } = api();
    renderApp('/admin/api-keys');
    expect(await screen.findByText('par_a1b2c3d4e5_…')).toBeTruthy();
    expect(screen.getAllByText('Chưa dùng')).toHaveLength(2);
    expect(screen.getByText('Không hết hạn')).toBeTruthy();
    const expiredRow = screen.getByText('Cổng cũ').closest('tr')!;
    expect(within(expiredRow).getByText('Đã hết hạn')).toBeTruthy();
    expect(within(expiredRow).getByText(/2020/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thu hồi Hệ thống một cửa tỉnh' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thu hồi khóa “Hệ thống một cửa tỉnh”?' });
    expect(to('DELETE', `/api/v1/api-keys/${KEY.id}`)).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));
    await waitFor(() => expect(to('DELETE', `/api/v1/api-keys/${KEY.id}`)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
