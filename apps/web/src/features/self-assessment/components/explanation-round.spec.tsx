import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assessment,
  item,
  PERIOD_ID,
  periodDetail,
  periodSummary,
  SET_DOCUMENT,
  SET_ID,
  stage,
} from '../test/fixtures';
import { fakeApi, json, me, page, renderApp, signedIn } from '../../../test/fake-api';

const UNIT = `/api/v1/periods/${PERIOD_ID}/assessments/STP`;

const accepted = item('1.1', {
  self: stage({ value: true }, 1),
  round1: stage({ value: true }, 1, null, 'tdinh.a'),
  points: 1,
  version: 2,
});
const adjusted = item('1.2', {
  self: stage({ value: 100 }, 2, 'Đã hoàn thành 100%'),
  round1: stage({ value: 85 }, 1, 'Báo cáo chỉ chứng minh 85% nhiệm vụ', 'tdinh.a'),
  points: 1,
  adjusted: true,
  version: 2,
});
const returned = assessment({
  status: 'returned',
  submittedAt: '2026-12-01T02:00:00.000Z',
  returnedAt: '2026-12-21T02:00:00.000Z',
  items: [accepted, adjusted],
});

describe('Explanation round', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows only the adjusted leaves with the reason, saves the explanation, and the head closes the round', async () => {
    signedIn();
    let current = returned;
    const { to } = fakeApi({
      'GET /api/v1/auth/me': () => json(me('unit_head')),
      'GET /api/v1/periods': () => page([periodSummary('explanation')]),
      [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail('explanation')),
      [`GET ${UNIT}`]: () => json(current),
      [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
      [`PUT ${UNIT}/items/1.2`]: () =>
        json({ ...adjusted, explanation: stage(null, null, 'Bổ sung biên bản kiểm tra'), version: 3 }),
      [`POST ${UNIT}/explanation/submit`]: () => {
        current = { ...returned, status: 'explained' };
        return json(current);
      },
    });
    renderApp('/self-assessment');

    const card = (await screen.findByRole('heading', { level: 3, name: /1\.2/ })).closest('article')!;
    expect(screen.queryByRole('heading', { level: 3, name: /1\.1/ })).toBeNull();
    expect(screen.getByText(/1 tiêu chí bị điều chỉnh điểm/)).toBeTruthy();
    expect(within(card).getByText(/Báo cáo chỉ chứng minh 85% nhiệm vụ/)).toBeTruthy();
    expect(card.textContent).toContain('Tự chấm 2 → thẩm định 1 điểm');
    expect(screen.getByText(/Hạn giải trình/)).toBeTruthy();

    // the status timeline: round 1 done (returned on its date), explanation under way
    const timeline = screen.getByRole('list', { name: 'Tiến trình đánh giá của đơn vị' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((step) => step.getAttribute('aria-current'))).toEqual([
      null,
      null,
      null,
      'step',
      null,
      null,
    ]);
    expect(steps[2].textContent).toContain('Thẩm định vòng 1đã xong');
    expect(steps[2].querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-21T02:00:00.000Z');

    const save = within(card).getByRole('button', { name: 'Lưu giải trình tiêu chí 1.2' });
    fireEvent.change(within(card).getByLabelText(/Nội dung giải trình/), {
      target: { value: 'Bổ sung biên bản kiểm tra' },
    });
    fireEvent.click(save);
    await waitFor(() =>
      expect(to('PUT', `${UNIT}/items/1.2`)[0]?.body).toEqual({
        version: 2,
        explanation: 'Bổ sung biên bản kiểm tra',
      }),
    );
    // explanation evidence can be attached to the adjusted leaf
    expect(within(card).getByRole('button', { name: /Tải lên tài liệu/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tất giải trình' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hoàn tất vòng giải trình?' });
    expect(dialog.textContent).toContain('Đã giải trình 1/1 tiêu chí');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hoàn tất giải trình' }));
    await waitFor(() => expect(to('POST', `${UNIT}/explanation/submit`)).toHaveLength(1));
    expect(await screen.findByText(/phiếu ở trạng thái “Đã giải trình”: chỉ xem/)).toBeTruthy();
  });

  it('lets an officer explain but not close the round', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('unit_editor')),
      'GET /api/v1/periods': () => page([periodSummary('explanation')]),
      [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail('explanation')),
      [`GET ${UNIT}`]: () => json(returned),
      [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
    });
    renderApp('/self-assessment');
    await screen.findByRole('heading', { level: 3, name: /1\.2/ });
    expect(screen.getByLabelText(/Nội dung giải trình/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hoàn tất giải trình' })).toBeNull();
  });
});
