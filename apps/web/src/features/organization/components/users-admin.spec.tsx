import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, renderApp, signedIn } from '../../../test/fake-api';
import type { User } from '../api/types';

const LOCKED: User = {
  id: '00000000-0000-4000-8000-000000000042',
  username: 'stp.canbo',
  fullName: 'Trần Văn Bình',
  role: 'unit_editor',
  unitCode: 'STP',
  unitName: 'Sở Tư pháp',
  areaCodes: [],
  active: true,
  mustChangePassword: false,
  lockedUntil: '2999-01-01T00:00:00.000Z',
  lastLoginAt: null,
  createdAt: '2025-07-01T00:00:00.000Z',
  version: 1,
};

function api() {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/users': () => page([LOCKED]),
    'GET /api/v1/units': () => page([]),
    'POST /api/v1/users': (call) => json({ ...LOCKED, ...(call.body as object), lockedUntil: null }, 201),
    'POST /api/v1/users/00000000-0000-4000-8000-000000000042/reset-password': () =>
      json({ password: 'Kx7pQ2mZr9TdWv4h' }),
    'POST /api/v1/users/00000000-0000-4000-8000-000000000042/unlock': () =>
      json({ ...LOCKED, lockedUntil: null }),
  });
}

describe('Users admin', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks an appraiser for areas or a lead agency, and sends only what the role keeps', async () => {
    const { to } = api();
    renderApp('/admin/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo tài khoản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo tài khoản' });
    expect(within(dialog).getByLabelText(/^Đơn vị/)).toBeTruthy(); // unit_editor by default
    expect(within(dialog).queryByLabelText(/^Lĩnh vực thẩm định/)).toBeNull();

    fireEvent.change(within(dialog).getByLabelText(/^Vai trò/), { target: { value: 'appraiser' } });
    expect(await within(dialog).findByLabelText(/^Lĩnh vực thẩm định/)).toBeTruthy();
    expect(within(dialog).getByLabelText(/^Cơ quan chủ trì/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^Tên đăng nhập/), { target: { value: 'thamdinh.an' } });
    fireEvent.change(within(dialog).getByLabelText(/^Họ và tên/), { target: { value: 'Lê Văn An' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo ngẫu nhiên' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Thành viên thẩm định cần được giao lĩnh vực hoặc cơ quan chủ trì'),
    ).toBeTruthy();
    expect(to('POST', '/api/v1/users')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/^Lĩnh vực thẩm định/), { target: { value: '1, 2,3' } });
    fireEvent.change(within(dialog).getByLabelText(/^E-mail/), { target: { value: 'an@laichau' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Địa chỉ e-mail không hợp lệ')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^E-mail/), { target: { value: 'an.lv@laichau.gov.vn' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(to('POST', '/api/v1/users')).toHaveLength(1));
    const body = to('POST', '/api/v1/users')[0].body as Record<string, unknown>;
    expect(body).toMatchObject({
      username: 'thamdinh.an',
      fullName: 'Lê Văn An',
      role: 'appraiser',
      areaCodes: ['1', '2', '3'],
      email: 'an.lv@laichau.gov.vn',
    });
    expect(body).not.toHaveProperty('unitCode');
    expect(String(body.password)).toHaveLength(16);
    const created = await screen.findByRole('dialog', { name: /Đã tạo tài khoản/ });
    expect(within(created).getByLabelText<HTMLInputElement>('Mật khẩu ban đầu').value).toBe(body.password);
  });

  it('resets a password after confirmation and shows the new one once, with a copy button', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    api();
    renderApp('/admin/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Đặt lại mật khẩu stp.canbo' }));
    const confirm = await screen.findByRole('dialog', { name: 'Đặt lại mật khẩu của stp.canbo?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    const done = await screen.findByRole('dialog', { name: 'Mật khẩu mới của stp.canbo' });
    expect(within(done).getByLabelText<HTMLInputElement>('Mật khẩu mới').value).toBe('Kx7pQ2mZr9TdWv4h');
    fireEvent.click(within(done).getByRole('button', { name: 'Sao chép' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('Kx7pQ2mZr9TdWv4h'));
    expect(within(done).getByRole('status').textContent).toBe('Đã sao chép vào bộ nhớ tạm.');
    fireEvent.click(within(done).getByRole('button', { name: 'Xong' }));
    await waitFor(() => expect(screen.queryByText('Kx7pQ2mZr9TdWv4h')).toBeNull());
  });

  it('shows a locked account as locked and unlocks it', async () => {
    const { to } = api();
    renderApp('/admin/users');
    expect(await screen.findByText(/^Bị khóa đến/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mở khóa stp.canbo' }));
    await waitFor(() => expect(to('POST', `/api/v1/users/${LOCKED.id}/unlock`)).toHaveLength(1));
  });
});
