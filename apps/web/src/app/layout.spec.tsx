import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, renderApp, signedIn } from '../test/fake-api';

const nav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });
const links = () =>
  within(nav())
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('SPA shell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends an anonymous visitor to the Vietnamese login page', async () => {
    fakeApi({});
    const router = renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the admin every module and the administration section, with name and role', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/auth/me': () => json(me('admin')) });
    renderApp('/');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Chào mừng đến với nền tảng Chỉ số CCHC',
    );
    expect(links()).toEqual([
      'Tổng quan',
      'Bộ tiêu chí',
      'Kỳ đánh giá',
      'Tự đánh giá',
      'Thẩm định',
      'Điều tra XHH',
      'Kết quả & xếp hạng',
      'Phân tích điểm mất',
      'Đơn vị',
      'Loại đơn vị',
      'Người dùng',
      'Khóa API',
      'Nhật ký',
      'Tài liệu API ↗',
    ]);
    const user = screen.getByTestId('user-menu');
    expect(user.textContent).toContain('Quản trị hệ thống');
    expect(user.textContent).toContain('Quản trị (cơ quan thường trực)');
    await waitFor(() => expect(screen.getByTestId('health-badge').textContent).toBe('Hệ thống hoạt động'));
  });

  it('shows a unit officer their unit and only the modules of their role', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/auth/me': () => json(me('unit_editor')) });
    renderApp('/');
    await screen.findByTestId('user-menu');
    expect(links()).toEqual([
      'Tổng quan',
      'Đơn vị của tôi',
      'Tự đánh giá',
      'Kết quả & xếp hạng',
      'Phân tích điểm mất',
    ]);
    expect(nav().textContent).not.toContain('Quản trị');
    expect(screen.getByTestId('user-menu').textContent).toContain('Cán bộ đơn vị · Sở Tư pháp');
  });

  it('shows an appraiser the appraisal module and no self-assessment', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/auth/me': () => json(me('appraiser', { areaCodes: ['1'] })) });
    renderApp('/');
    await screen.findByTestId('user-menu');
    expect(links()).toContain('Thẩm định');
    expect(links()).not.toContain('Tự đánh giá');
    expect(links()).not.toContain('Người dùng');
  });

  it('refuses an admin page opened by address to another role, without calling the admin API', async () => {
    signedIn();
    const { calls } = fakeApi({ 'GET /api/v1/auth/me': () => json(me('viewer')) });
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/v1/users')).toBe(false);
  });

  it('asks for a new password before anything else when the account must change it', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/auth/me': () => json(me('unit_head', { mustChangePassword: true })) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cần đổi mật khẩu' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).toBeNull();
  });

  it('switches to English and remembers it', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/auth/me': () => json(me('admin')) });
    renderApp('/criteria');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Bộ tiêu chí');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Criteria sets');
    expect(localStorage.getItem('par.lang')).toBe('en');
    await waitFor(() => expect(screen.getByTestId('health-badge').textContent).toBe('System operational'));
  });

  it('shows when the server is unreachable', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    renderApp('/login');
    await waitFor(() => expect(screen.getByTestId('health-badge').textContent).toBe('Mất kết nối máy chủ'));
  });

  it('shows a not-found page for unknown client routes', async () => {
    signedIn();
    fakeApi({ 'GET /api/v1/auth/me': () => json(me('admin')) });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeTruthy();
  });

  it('signs out on the server and returns to the login page', async () => {
    signedIn();
    const { to } = fakeApi({
      'GET /api/v1/auth/me': () => json(me('admin')),
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    const router = renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(to('POST', '/api/v1/auth/logout')[0]).toMatchObject({
      auth: 'Bearer access-1',
      body: { refreshToken: 'rt-1' },
    });
    expect(localStorage.getItem('par.refreshToken')).toBeNull();
    expect(router.state.location.pathname).toBe('/login');
  });
});
