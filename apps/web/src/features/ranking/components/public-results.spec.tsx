import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, renderApp } from '../../../test/fake-api';
import { PERIOD_ID, PREVIOUS_ID, publicResults } from '../test/fixtures';
import { ROW_HEIGHT } from './results-table';

const RESULTS = `/api/v1/public/periods/${PERIOD_ID}/results`;

/** The public feed with 3,300 units (20 departments, 3,280 communes). */
function api(count = 3300) {
  return fakeApi({
    'GET /api/v1/public/periods': () =>
      json([
        {
          id: PERIOD_ID,
          year: 2026,
          name: 'Chỉ số CCHC năm 2026',
          decisionNo: '125/QĐ-UBND',
          decisionDate: '2026-03-06',
          publishedAt: '2026-03-07T02:00:00.000Z',
          version: 1,
        },
        {
          id: PREVIOUS_ID,
          year: 2025,
          name: 'Chỉ số CCHC năm 2025',
          decisionNo: '98/QĐ-UBND',
          decisionDate: '2025-04-15',
          publishedAt: '2025-04-16T02:00:00.000Z',
          version: 2,
        },
      ]),
    [`GET ${RESULTS}`]: () => json(publicResults(count)),
    'GET /api/v1/public/units/STP/history': () =>
      json([
        { year: 2026, periodId: PERIOD_ID, index: 100, rank: 1, band: 'XS' },
        { year: 2025, periodId: PREVIOUS_ID, index: 95.5, rank: 3, band: 'XS' },
      ]),
  });
}

const bodyRows = () =>
  screen.getAllByRole('row').filter((row) => row.closest('tbody') && !row.hasAttribute('aria-hidden'));

const names = () => bodyRows().map((row) => within(row).getAllByRole('cell')[1].textContent);

describe('public results', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the published periods with the decision dated the official way, without signing in', async () => {
    const { calls } = api();
    renderApp('/cong-khai/ket-qua');
    expect(await screen.findByRole('heading', { name: 'Chỉ số CCHC năm 2026', level: 3 })).toBeTruthy();
    expect(screen.getByText(/Quyết định số 125\/QĐ-UBND ngày 06 tháng 3 năm 2026/)).toBeTruthy();
    expect(screen.getByText(/ngày 15 tháng 4 năm 2025 · Phiên bản 2/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(calls.some((call) => call.path.startsWith('/api/v1/auth'))).toBe(false);
    expect(calls.every((call) => call.auth === null)).toBe(true);
  });

  it('offers the earlier versions of a republished period and reads the one chosen', async () => {
    const version = (n: number, latest: boolean) => ({
      version: n,
      decisionNo: n === 1 ? '125/QĐ-UBND' : '140/QĐ-UBND',
      decisionDate: n === 1 ? '2026-03-06' : '2026-04-02',
      signer: null,
      publishedAt: '2026-03-07T02:00:00.000Z',
      etag: `"v${n}"`,
      hasDecisionFile: false,
      supersedes: n === 1 ? null : 1,
      supersededBy: n === 1 ? 2 : null,
      latest,
    });
    const { to } = fakeApi({
      [`GET ${RESULTS}`]: () => json(publicResults(20)),
      [`GET /api/v1/public/periods/${PERIOD_ID}/versions`]: () => json([version(1, false), version(2, true)]),
    });
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}`);
    const pick = await screen.findByLabelText<HTMLSelectElement>('Phiên bản công bố');
    expect(pick.value).toBe('2');
    expect(
      within(pick)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Phiên bản 2 (mới nhất) — Quyết định số 140/QĐ-UBND ngày 02 tháng 4 năm 2026',
      'Phiên bản 1 — Quyết định số 125/QĐ-UBND ngày 06 tháng 3 năm 2026',
    ]);
    fireEvent.change(pick, { target: { value: '1' } });
    await waitFor(() =>
      expect(to('GET', RESULTS).some((call) => call.query.get('version') === '1')).toBe(true),
    );
    expect(
      await screen.findByText(/Bạn đang xem phiên bản 1; kết quả này đã được thay thế bởi phiên bản 2/),
    ).toBeTruthy();
  });

  it('draws only a window of the 3,300 units, and moves it when scrolled', async () => {
    const { to } = api();
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Xã, phường' }));
    // Asked once: the router's early request (lib/early-request.ts) is the page's answer.
    expect(to('GET', RESULTS)).toHaveLength(1);
    expect(screen.getByText('3.280/3.280 đơn vị')).toBeTruthy();
    const drawn = bodyRows();
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(60);
    expect(names()[0]).toBe('Xã Thử Nghiệm 20');
    // The spacer below stands for the rows not drawn: the scroll height is that of every row.
    const after = document.querySelector<HTMLElement>('[data-spacer="after"]');
    expect(parseInt(after?.style.height ?? '0', 10)).toBe((3280 - drawn.length) * ROW_HEIGHT);

    const scroller = screen.getByRole('region', { name: 'Kết quả Chỉ số CCHC — Xã, phường' });
    scroller.scrollTop = 2000 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(names()).toContain('Xã Thử Nghiệm 2020'));
    expect(names()).not.toContain('Xã Thử Nghiệm 20');
    expect(bodyRows().length).toBeLessThan(60);
    expect(bodyRows()[0].getAttribute('aria-rowindex')).toBe(String(2000 - 8 + 2));
  });

  it('names groups, areas and bands, shows the change against last year, and sorts by a column', async () => {
    api(30);
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}`);
    expect(await screen.findByRole('button', { name: 'Sở, ban, ngành', pressed: true })).toBeTruthy();
    expect(
      screen.getByText(/Đã công bố theo Quyết định số 125\/QĐ-UBND ngày 06 tháng 3 năm 2026/),
    ).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Công tác chỉ đạo, điều hành/ })).toBeTruthy();
    const first = bodyRows()[0];
    expect(within(first).getByText('Xuất sắc')).toBeTruthy();
    expect(within(first).getByText('tăng 2 bậc')).toBeTruthy();
    expect(within(bodyRows()[1]).getByText('giảm 1 bậc')).toBeTruthy();
    // vi-VN grouping: 100,00 (comma decimals).
    expect(within(first).getByText('100,00')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /^Tên đơn vị/ }));
    expect(screen.getByRole('columnheader', { name: /Tên đơn vị/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(names()[0]).toBe('Đài Phát thanh và Truyền hình');
    fireEvent.click(screen.getByRole('button', { name: /^Tổng điểm/ }));
    expect(names()[0]).toBe('Sở Tư pháp');
    fireEvent.click(screen.getByRole('button', { name: /^Tổng điểm/ }));
    expect(screen.getByRole('columnheader', { name: /Tổng điểm/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(names()[0]).toBe('Xã Thử Nghiệm 19');
  });

  it('filters by name without accents and by band', async () => {
    api(30);
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}`);
    const search = await screen.findByLabelText('Tìm theo tên hoặc mã đơn vị');
    fireEvent.change(search, { target: { value: 'so tu phap' } });
    await waitFor(() => expect(names()).toEqual(['Sở Tư pháp']));
    expect(screen.getByText('1/20 đơn vị')).toBeTruthy();
    fireEvent.change(search, { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Xếp loại'), { target: { value: 'K' } });
    await waitFor(() => expect(names()).not.toContain('Sở Tư pháp'));
    expect(bodyRows().every((row) => within(row).queryByText('Khá'))).toBe(true);
  });

  it('opens a unit: points per area, its years, and where it lost points', async () => {
    api(30);
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Sở Nội vụ' }));
    expect(await screen.findByRole('heading', { name: 'Sở Nội vụ', level: 1 })).toBeTruthy();
    const areas = screen.getByRole('table', { name: 'Điểm theo lĩnh vực' });
    expect(within(areas).getByText('1. Công tác chỉ đạo, điều hành')).toBeTruthy();
    const losses = screen.getByRole('heading', { name: 'Mất điểm ở đâu' }).closest('section') as HTMLElement;
    expect(
      within(losses)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^1\.2 Báo cáo CCHC/),
      expect.stringMatching(/^2\.2 Giải quyết hồ sơ đúng hạn/),
    ]);
    expect(screen.getByText('Đơn vị chưa có kết quả công bố nào.')).toBeTruthy();
  });

  it('shows a unit’s published years', async () => {
    api(30);
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}/don-vi/STP`);
    const years = await screen.findByRole('table', { name: 'Chỉ số và thứ hạng qua các năm' });
    expect(
      within(years)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['202595,503', '2026100,001']);
    expect(screen.getByText('Đơn vị đạt điểm tối đa ở mọi tiêu chí.')).toBeTruthy();
  });

  it('says a period is not published rather than failing', async () => {
    fakeApi({ [`GET ${RESULTS}`]: () => problem(404, 'NOT_FOUND') });
    renderApp(`/cong-khai/ket-qua/${PERIOD_ID}`);
    expect(await screen.findByText('Kết quả của kỳ này chưa được công bố.')).toBeTruthy();
  });
});
