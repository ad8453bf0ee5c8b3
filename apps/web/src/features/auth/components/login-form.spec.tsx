import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, problem, renderApp, signedIn } from '../../../test/fake-api';

function submit(username = 'stp.canbo', password = 'sai-mat-khau') {
  fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('Login page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says so when the username or password is wrong', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem(401, 'INVALID_CREDENTIALS') });
    renderApp('/login');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Sai tên đăng nhập hoặc mật khẩu. Sau 5 lần sai liên tiếp, tài khoản sẽ bị khóa 15 phút.',
    );
  });

  it('says until when a locked account stays locked', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () =>
        problem(423, 'ACCOUNT_LOCKED', { lockedUntil: '2025-09-02T03:15:00.000Z' }),
    });
    renderApp('/login');
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Tài khoản đang bị khóa đến .*02\/09\/2025.* do đăng nhập sai nhiều lần/,
    );
  });

  it('counts down the wait after too many failures, with the button disabled', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem(429, 'RATE_LIMITED', { retryAfter: 42 }) });
    renderApp('/login');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau 42 giây.',
    );
    const button = screen.getByRole('button', { name: 'Thử lại sau 42 giây' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('says a disabled account is disabled', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem(403, 'ACCOUNT_DISABLED') });
    renderApp('/login');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.',
    );
  });

  it('checks the fields before calling the API', async () => {
    const { calls } = fakeApi({});
    renderApp('/login');
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeTruthy();
    expect(screen.getByLabelText('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.path === '/api/v1/auth/login')).toBe(false);
  });

  it('signs in, keeps the refresh token for reloads and returns to the page asked for', async () => {
    const { to } = fakeApi({
      'POST /api/v1/auth/login': () =>
        json({ accessToken: 'access-1', refreshToken: 'rt-1', expiresIn: 900, tokenType: 'Bearer' }),
      'GET /api/v1/auth/me': () => json(me('admin')),
      'GET /api/v1/api-keys': () => json([]),
    });
    const router = renderApp('/admin/api-keys');
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    submit('admin', 'admin-pass-123');
    expect(await screen.findByRole('heading', { level: 1, name: 'Khóa API' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/admin/api-keys');
    expect(to('POST', '/api/v1/auth/login')[0].body).toEqual({
      username: 'admin',
      password: 'admin-pass-123',
    });
    expect(to('GET', '/api/v1/api-keys')[0].auth).toBe('Bearer access-1');
    expect(localStorage.getItem('par.refreshToken')).toBe('rt-1');
  });

  it('after a reused refresh token, lands on the login page and says why', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('admin')),
      'GET /api/v1/units': () => problem(401, 'TOKEN_INVALID'),
      'GET /api/v1/unit-types': () => json([]),
      'POST /api/v1/auth/refresh': () => problem(401, 'REFRESH_TOKEN_REUSED'),
    });
    const router = renderApp('/admin/units');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.getByText(/^Phiên đăng nhập đã bị thu hồi/)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });
});
