import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient, Providers } from './providers';
import { routes } from './router';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <Providers client={createQueryClient()} language="vi">
      <RouterProvider router={router} />
    </Providers>,
  );
}

function mockFetch(response: (input: RequestInfo | URL) => Promise<Response>) {
  const fetchMock = vi.fn(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('SPA shell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('is Vietnamese by default, with navigation for every module', async () => {
    mockFetch(
      async () =>
        new Response(JSON.stringify({ status: 'ok', db: 'up' }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    renderAt('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Chào mừng đến với nền tảng Chỉ số CCHC',
    );
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const label of [
      'Bộ tiêu chí',
      'Kỳ đánh giá',
      'Tự đánh giá',
      'Thẩm định',
      'Kết quả & xếp hạng',
      'Người dùng',
    ]) {
      expect(nav.textContent).toContain(label);
    }
    await waitFor(() => expect(screen.getByTestId('health-badge').textContent).toBe('Hệ thống hoạt động'));
  });

  it('reads /api/v1/health and shows when the server is unreachable', async () => {
    const fetchMock = mockFetch(async (_input) => {
      throw new TypeError('Failed to fetch');
    });
    renderAt('/');
    await waitFor(() => expect(screen.getByTestId('health-badge').textContent).toBe('Mất kết nối máy chủ'));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/health');
  });

  it('switches to English and remembers it', async () => {
    mockFetch(
      async () =>
        new Response(JSON.stringify({ status: 'ok', db: 'up' }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    renderAt('/criteria');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bộ tiêu chí');
    fireEvent.click(screen.getByRole('button', { name: 'Ngôn ngữ' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Criteria sets');
    expect(localStorage.getItem('par.lang')).toBe('en');
    await waitFor(() => expect(screen.getByTestId('health-badge').textContent).toBe('System operational'));
  });

  it('shows a not-found page for unknown client routes', () => {
    mockFetch(async () => new Response('{}', { status: 500 }));
    renderAt('/no/such/page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Không tìm thấy trang');
  });
});
