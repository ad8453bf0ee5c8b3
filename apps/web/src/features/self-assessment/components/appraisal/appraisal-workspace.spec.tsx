import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  item,
  PERIOD_ID,
  periodDetail,
  periodSummary,
  SET_DOCUMENT,
  SET_ID,
  stage,
} from '../../test/fixtures';
import { fakeApi, json, me, page, renderApp, signedIn, type Call } from '../../../../test/fake-api';
import type { AssessmentItem, QueueItem } from '../../api/types';

const PERIOD = `/api/v1/periods/${PERIOD_ID}`;

const queued = (leaf: AssessmentItem, unitCode = 'STP', unitName = 'Sở Tư pháp'): QueueItem => ({
  ...leaf,
  source: 'assessment',
  unitCode,
  unitName,
  assessmentStatus: 'submitted',
  round: 1,
  pending: true,
});

const QUEUE = [
  queued(item('1.1', { self: stage({ value: true }, 1, 'Kế hoạch số 5'), points: 1, version: 2 })),
  queued(item('1.2', { self: stage({ value: 100 }, 2), points: 2, version: 3 })),
  queued(item('2.1', { self: stage({ numerator: 19, denominator: 20 }, 1.9), points: 1.9, version: 1 })),
];

function api(extra: Record<string, (call: Call) => Response | Promise<Response>> = {}) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('appraiser', { areaCodes: ['*'] })),
    'GET /api/v1/periods': () => page([periodSummary('appraisal')]),
    [`GET ${PERIOD}`]: () => json(periodDetail('appraisal')),
    [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
    [`GET ${PERIOD}/assessments`]: () => page([]),
    [`GET ${PERIOD}/appraisal-queue`]: (call) =>
      call.query.get('status') === 'all'
        ? json({ items: QUEUE.slice(0, 1), total: 7, pending: 3, page: 1, pageSize: 1 })
        : json({ items: QUEUE, total: 3, pending: 3, page: 1, pageSize: 50 }),
    ...extra,
  });
}

const selected = () =>
  within(screen.getByRole('listbox', { name: 'Hàng đợi thẩm định' }))
    .getAllByRole('option')
    .find((option) => option.getAttribute('aria-selected') === 'true')?.textContent;

const key = (key: string, target: Element | Window = window) => fireEvent.keyDown(target, { key });

describe('Appraisal workspace', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the queue with counts per status and one leaf side by side', async () => {
    api();
    renderApp('/appraisal');
    await screen.findByRole('listbox', { name: 'Hàng đợi thẩm định' });
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: /Chờ thẩm định/ }).textContent).toBe('Chờ thẩm định 3'),
    );
    expect(screen.getByRole('radio', { name: /Đã thẩm định/ }).textContent).toBe('Đã thẩm định 4');
    expect(screen.getByRole('radio', { name: /Tất cả/ }).textContent).toBe('Tất cả 7');
    expect(selected()).toContain('1.1');
    const unitSide = screen.getByRole('region', { name: 'Đơn vị tự đánh giá' });
    expect(unitSide.textContent).toContain('Kế hoạch số 5');
    expect(screen.getByText('Phím tắt', { selector: 'button' })).toBeTruthy();
    expect(screen.getAllByText('chấp nhận').length).toBeGreaterThan(0);
    // Headings never skip a level (h1 → h2 → h3 → h4).
    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('moves with j/k and the arrow keys, but not while the user types', async () => {
    api();
    renderApp('/appraisal');
    const list = await screen.findByRole('listbox', { name: 'Hàng đợi thẩm định' });
    await waitFor(() => expect(selected()).toContain('1.1'));
    key('j');
    await waitFor(() => expect(selected()).toContain('1.2'));
    expect(document.activeElement).toBe(list);
    key('j');
    await waitFor(() => expect(selected()).toContain('2.1'));
    key('k');
    await waitFor(() => expect(selected()).toContain('1.2'));
    key('ArrowUp', list);
    await waitFor(() => expect(selected()).toContain('1.1'));
    key('ArrowDown', list);
    await waitFor(() => expect(selected()).toContain('1.2'));

    key('e');
    const form = await screen.findByRole('form', { name: 'Điều chỉnh tiêu chí 1.2' });
    const reason = within(form).getByLabelText(/Lý do/);
    key('j', reason);
    expect(selected()).toContain('1.2');
    key('Escape', reason);
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(list);
  });

  it('accepts with "a", then adjusts with "e" only once a reason is given for the changed points', async () => {
    const { to } = api({
      [`PUT ${PERIOD}/assessments/STP/items/1.1`]: () =>
        json(item('1.1', { round1: stage({ value: true }, 1, null, 'appraiser.user'), version: 3 })),
      [`PUT ${PERIOD}/assessments/STP/items/1.2`]: () =>
        json(item('1.2', { round1: stage({ points: 1.5 }, 1.5, 'Thiếu báo cáo quý IV'), version: 4 })),
    });
    renderApp('/appraisal');
    await screen.findByRole('listbox', { name: 'Hàng đợi thẩm định' });
    await waitFor(() => expect(selected()).toContain('1.1'));

    key('a');
    await waitFor(() => expect(to('PUT', `${PERIOD}/assessments/STP/items/1.1`)).toHaveLength(1));
    expect(to('PUT', `${PERIOD}/assessments/STP/items/1.1`)[0].body).toEqual({ version: 2, accept: true });
    await waitFor(() => expect(selected()).toContain('1.2'));

    key('e');
    const form = await screen.findByRole('form', { name: 'Điều chỉnh tiêu chí 1.2' });
    await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
    fireEvent.click(within(form).getByLabelText('Chấm điểm trực tiếp'));
    fireEvent.change(within(form).getByLabelText('Điểm'), { target: { value: '1,5' } });
    await waitFor(() => expect(within(form).getByTestId('live-points').textContent).toBe('1,5 / 2'));
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(form).findByText('Điểm đã thay đổi: vui lòng ghi lý do điều chỉnh')).toBeTruthy();
    expect(to('PUT', `${PERIOD}/assessments/STP/items/1.2`)).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText(/Lý do/), { target: { value: 'Thiếu báo cáo quý IV' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(to('PUT', `${PERIOD}/assessments/STP/items/1.2`)).toHaveLength(1));
    expect(to('PUT', `${PERIOD}/assessments/STP/items/1.2`)[0].body).toEqual({
      version: 3,
      input: { points: 1.5 },
      comment: 'Thiếu báo cáo quý IV',
    });
  });
});
