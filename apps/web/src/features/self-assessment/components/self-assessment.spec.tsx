import {
  describeLeafScore,
  formatPoints,
  parseCriteriaSet,
  parseLeafInput,
  scoreLeaf,
  type LeafInputV1,
  type LeafNode,
} from '@par/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assessment,
  INCOMPLETE,
  item,
  PERIOD_ID,
  periodDetail,
  periodSummary,
  SET_DOCUMENT,
  SET_ID,
  stage,
} from '../test/fixtures';
import { fakeApi, json, me, page, problem, renderApp, signedIn, type Call } from '../../../test/fake-api';
import { unsavedChanges } from '../../../lib/unsaved-changes';
import type { Assessment, Completeness } from '../api/types';

const UNIT = `/api/v1/periods/${PERIOD_ID}/assessments/STP`;

function api(
  options: { role?: 'unit_editor' | 'unit_head'; assessment?: Assessment; completeness?: Completeness } = {},
  extra: Record<string, (call: Call) => Response | Promise<Response>> = {},
) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me(options.role ?? 'unit_editor')),
    'GET /api/v1/periods': () => page([periodSummary('self_assessment')]),
    [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail('self_assessment')),
    [`GET ${UNIT}`]: () => json(options.assessment ?? assessment()),
    [`GET ${UNIT}/completeness`]: () => json(options.completeness ?? INCOMPLETE),
    [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
    ...extra,
  });
}

const card = (code: string) => {
  const heading = screen.getAllByRole('heading', { level: 3 }).find((h) => h.textContent?.startsWith(code));
  if (!heading) throw new Error(`no card ${code}`);
  return heading.closest('article') as HTMLElement;
};

/** What @par/scoring itself gives for an input: the number the server will store. */
function libPoints(code: string, input: LeafInputV1) {
  const parsed = parseCriteriaSet(SET_DOCUMENT);
  if (!parsed.ok) throw new Error('set');
  const leaf = parsed.value.nodesByCode.get(code) as LeafNode;
  const value = parseLeafInput(leaf, input);
  if (!value.ok) throw new Error('input');
  const score = scoreLeaf(leaf, value.value);
  return {
    points: formatPoints(score.pointsMilli, { locale: 'vi', trimZeros: true }),
    why: describeLeafScore(leaf, score, 'vi'),
  };
}

describe('Self-assessment form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('groups leaves by area and previews the points exactly as @par/scoring computes them', async () => {
    api();
    renderApp('/self-assessment');
    expect(
      await screen.findByRole('heading', { level: 2, name: /1\. Công tác chỉ đạo, điều hành CCHC/ }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /2\. Cải cách thủ tục hành chính/ })).toBeTruthy();

    // tiers: 85 % → 1 point
    const tiers = card('1.2');
    await waitFor(() => expect(within(tiers).getByTestId('live-points').textContent).toContain('0'));
    fireEvent.change(within(tiers).getByLabelText('Giá trị'), { target: { value: '85' } });
    const expected = libPoints('1.2', { value: 85 });
    await waitFor(() =>
      expect(within(tiers).getByTestId('live-points').textContent).toBe(`${expected.points} / 2`),
    );
    expect(within(tiers).getByText(expected.why)).toBeTruthy();

    // ratio by numerator/denominator, decimal comma: 1 999/2 000 → 1,999
    const ratio = card('2.1');
    fireEvent.click(within(ratio).getByLabelText('Nhập tử số / mẫu số'));
    fireEvent.change(within(ratio).getByLabelText('Tử số'), { target: { value: '1999' } });
    fireEvent.change(within(ratio).getByLabelText('Mẫu số'), { target: { value: '2000' } });
    const fraction = libPoints('2.1', { numerator: 1999, denominator: 2000 });
    await waitFor(() =>
      expect(within(ratio).getByTestId('live-points').textContent).toBe(`${fraction.points} / 2`),
    );
    expect(fraction.points).toBe('1,999');

    // deduction: 3 late reports × 0,25 → 0,25
    const deduction = card('1.3');
    fireEvent.change(within(deduction).getByLabelText('Số trường hợp'), { target: { value: '3' } });
    await waitFor(() =>
      expect(within(deduction).getByTestId('live-points').textContent).toBe(
        `${libPoints('1.3', { count: 3 }).points} / 1`,
      ),
    );

    // figures the rule refuses: the lib's own message, no points
    const manual = card('2.2');
    fireEvent.change(within(manual).getByLabelText('Điểm'), { target: { value: '1,5' } });
    await waitFor(() => expect(within(manual).getByTestId('live-points').textContent).toBe('— / 1'));
    expect(within(manual).getByText(/nằm ngoài khoảng 0\.\.1/)).toBeTruthy();

    // survey leaves are never self-scored; an officer does not submit
    expect(within(card('3.1')).getByText(/điều tra XHH, không tự chấm/)).toBeTruthy();
    expect(within(card('3.1')).queryByRole('button', { name: /Lưu/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nộp phiếu tự đánh giá' })).toBeNull();
  });

  it('shows a survey leaf’s survey stage once the survey closed: its points and the forms per option', async () => {
    const survey = {
      input: { counts: { A: 20, B: 5, C: 1, D: 0, E: 2 } },
      points: 2.677,
      text: null,
      by: null,
    };
    api({
      assessment: assessment({
        items: ['1.1', '1.2', '1.3', '2.1', '2.2']
          .map((code) => item(code))
          .concat(item('3.1', { survey: { ...stage(null, null), ...survey }, points: 2.677 })),
      }),
    });
    renderApp('/self-assessment');
    await screen.findByRole('heading', { level: 2, name: /1\. Công tác chỉ đạo/ });
    const leaf = card('3.1');
    expect(within(leaf).getByText('Điểm điều tra XHH: 2,677 / 3')).toBeTruthy();
    expect(within(leaf).getByText('(28 phiếu trả lời, 26 phiếu được tính điểm)')).toBeTruthy();
    const rows = within(within(leaf).getByRole('table', { name: 'Số phiếu theo phương án' })).getAllByRole(
      'row',
    );
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      'A Rất tốt2071,4%',
      'B Tốt517,9%',
      'C Chưa tốt13,6%',
      'D Kém00,0%',
      'E Không biết / không trả lời · không tính điểm27,1%',
    ]);
    // Its own stage: no appraisal history, nothing to save, never shown as adjusted.
    expect(within(leaf).queryByText(/Thẩm định vòng/)).toBeNull();
    expect(within(leaf).queryByRole('button')).toBeNull();
  });

  it('saves one leaf with the version it read, and on 409 shows the current value and saves over it', async () => {
    const read = item('1.2', { self: stage({ value: 70 }, 0, null), points: 0, version: 3 });
    const current = item('1.2', {
      self: stage({ value: 90 }, 1, 'Số liệu của phòng'),
      points: 1,
      version: 4,
    });
    const { to } = api(
      { assessment: assessment({ items: [item('1.1'), read] }) },
      {
        [`PUT ${UNIT}/items/1.2`]: (call) =>
          (call.body as { version: number }).version === 3
            ? problem(409, 'STALE_VERSION', { current })
            : json(item('1.2', { self: stage({ value: 100 }, 2), points: 2, version: 5 })),
      },
    );
    renderApp('/self-assessment');
    await screen.findByRole('heading', { level: 3, name: /1\.2/ });
    fireEvent.change(within(card('1.2')).getByLabelText('Giá trị'), { target: { value: '100' } });
    fireEvent.click(within(card('1.2')).getByRole('button', { name: 'Lưu tiêu chí 1.2' }));

    const conflict = await within(card('1.2')).findByRole('alert');
    expect(conflict.textContent).toContain('Dữ liệu vừa được người khác thay đổi.');
    expect(within(conflict).getByRole('row', { name: /^Số liệu/ }).textContent).toContain('90');
    expect(within(conflict).getByRole('row', { name: /^Ghi chú/ }).textContent).toContain(
      'Số liệu của phòng',
    );
    fireEvent.click(within(conflict).getByRole('button', { name: 'Lưu đè thay đổi của tôi' }));

    await waitFor(() => expect(to('PUT', `${UNIT}/items/1.2`)).toHaveLength(2));
    expect(to('PUT', `${UNIT}/items/1.2`).map((c) => c.body)).toEqual([
      { version: 3, input: { value: 100 } },
      { version: 4, input: { value: 100 }, note: null },
    ]);
    await waitFor(() => expect(within(card('1.2')).getByText('Đã lưu: 2 điểm')).toBeTruthy());
  });

  it('lists what is missing, jumps to a leaf, and lets the head submit only after confirming', async () => {
    let complete: Completeness = { complete: false, missingInput: ['1.1'], missingEvidence: ['1.3'] };
    const filled = assessment({
      items: [
        item('1.1', { self: stage({ value: true }, 1), version: 1 }),
        item('1.3', { self: stage({ count: 1 }, 0.75), version: 1 }),
      ],
      // The server's totals (libs/scoring: a not-applicable leaf left the applicable max); the SPA shows them.
      selfPoints: 1.75,
      selfMaxPoints: 9.5,
    });
    let current = filled;
    const { to } = api(
      { role: 'unit_head' },
      {
        [`GET ${UNIT}`]: () => json(current),
        [`GET ${UNIT}/completeness`]: () => json(complete),
        [`PUT ${UNIT}/items/1.3`]: () => {
          complete = { complete: true, missingInput: [], missingEvidence: [] };
          return json(item('1.3', { self: stage({ count: 1 }, 0.75, 'Báo cáo số 12'), version: 2 }));
        },
        [`POST ${UNIT}/submit`]: () => {
          current = { ...filled, status: 'submitted', submittedAt: '2026-12-01T02:00:00.000Z' };
          return json(current);
        },
      },
    );
    renderApp('/self-assessment');
    const panel = await screen.findByRole('complementary', { name: 'Kiểm tra trước khi nộp' });
    await within(panel).findByText(/1 tiêu chí chưa có số liệu, 1 tiêu chí chưa có tài liệu kiểm chứng/);
    expect(
      within(panel).getByRole('button', { name: 'Nộp phiếu tự đánh giá' }).hasAttribute('disabled'),
    ).toBe(true);

    fireEvent.click(within(panel).getByRole('button', { name: /1\.3 Số báo cáo CCHC nộp trễ hạn/ }));
    expect(document.activeElement?.textContent).toContain('1.3 Số báo cáo CCHC nộp trễ hạn');

    // A note alone is written without re-sending the figures; the check is read again after the save.
    fireEvent.change(within(card('1.3')).getByLabelText(/Ghi chú/), { target: { value: 'Báo cáo số 12' } });
    fireEvent.click(within(card('1.3')).getByRole('button', { name: 'Lưu tiêu chí 1.3' }));
    await waitFor(() =>
      expect(to('PUT', `${UNIT}/items/1.3`)[0]?.body).toEqual({ version: 1, note: 'Báo cáo số 12' }),
    );
    await within(panel).findByText(/Đã đủ số liệu/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Nộp phiếu tự đánh giá' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nộp phiếu tự đánh giá của Sở Tư pháp?' });
    expect(dialog.textContent).toContain('Tổng điểm tự chấm: 1,75 / 9,5 điểm.');
    expect(to('POST', `${UNIT}/submit`)).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp phiếu' }));
    await waitFor(() => expect(to('POST', `${UNIT}/submit`)).toHaveLength(1));
    expect(await screen.findByText(/phiếu ở trạng thái “Đã nộp”: chỉ xem/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Lưu tiêu chí/ })).toBeNull();
  });

  it('saves a leaf’s draft by itself once the user stops typing, against the version it read', async () => {
    const read = item('1.2', { self: stage({ value: 70 }, 0, null), points: 0, version: 3 });
    const { to } = api(
      { assessment: assessment({ items: [item('1.1'), read] }) },
      {
        [`PUT ${UNIT}/items/1.2`]: () =>
          json(item('1.2', { self: stage({ value: 88 }, 1), points: 1, version: 4 })),
      },
    );
    renderApp('/self-assessment');
    await screen.findByRole('heading', { level: 3, name: /1\.2/ });
    const leaf = card('1.2');
    fireEvent.change(within(leaf).getByLabelText('Giá trị'), { target: { value: '8' } });
    fireEvent.change(within(leaf).getByLabelText('Giá trị'), { target: { value: '88' } });
    expect(within(leaf).getByText(/sẽ tự động lưu nháp khi bạn ngừng gõ/)).toBeTruthy();
    expect(unsavedChanges.any()).toBe(true);
    // One save for the last value typed, not one per keystroke; no button pressed.
    await waitFor(() => expect(to('PUT', `${UNIT}/items/1.2`)).toHaveLength(1), { timeout: 5000 });
    expect(to('PUT', `${UNIT}/items/1.2`)[0]?.body).toEqual({ version: 3, input: { value: 88 } });
    await waitFor(() => expect(within(card('1.2')).getByText('Đã lưu: 1 điểm')).toBeTruthy());
    expect(unsavedChanges.any()).toBe(false);
  });

  it('keeps figures the rule refuses unsaved and asks before leaving or reloading', async () => {
    const { to } = api();
    renderApp('/self-assessment');
    await screen.findByRole('heading', { level: 3, name: /2\.2/ });
    fireEvent.change(within(card('2.2')).getByLabelText('Điểm'), { target: { value: '1,5' } });
    await waitFor(() => expect(within(card('2.2')).getByText('Có thay đổi chưa lưu.')).toBeTruthy());

    const reload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(reload);
    expect(reload.defaultPrevented).toBe(true);

    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Tổng quan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(card('2.2')).getByLabelText<HTMLInputElement>('Điểm').value).toBe('1,5');

    fireEvent.click(within(nav).getByRole('link', { name: 'Tổng quan' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Rời trang khi chưa lưu?' })).getByRole('button', {
        name: 'Rời trang, bỏ thay đổi',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: /Chào mừng/ })).toBeTruthy();
    expect(to('PUT', `${UNIT}/items/2.2`)).toHaveLength(0);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('keeps what is typed while a draft is being saved', async () => {
    let answer: (response: Response) => void = () => undefined;
    const read = item('1.2', { self: stage({ value: 70 }, 0, null), points: 0, version: 3 });
    const { to } = api(
      { assessment: assessment({ items: [item('1.1'), read] }) },
      {
        [`PUT ${UNIT}/items/1.2`]: () =>
          to('PUT', `${UNIT}/items/1.2`).length === 1
            ? new Promise<Response>((resolve) => (answer = resolve))
            : json(item('1.2', { self: stage({ value: 88 }, 1, 'Theo báo cáo'), points: 1, version: 5 })),
      },
    );
    renderApp('/self-assessment');
    await screen.findByRole('heading', { level: 3, name: /1\.2/ });
    fireEvent.change(within(card('1.2')).getByLabelText('Giá trị'), { target: { value: '88' } });
    await waitFor(() => expect(to('PUT', `${UNIT}/items/1.2`)).toHaveLength(1), { timeout: 5000 });
    fireEvent.change(within(card('1.2')).getByLabelText(/Ghi chú/), { target: { value: 'Theo báo cáo' } });
    answer(json(item('1.2', { self: stage({ value: 88 }, 1), points: 1, version: 4 })));
    await waitFor(() => expect(within(card('1.2')).getByText('Đã lưu: 1 điểm')).toBeTruthy());
    expect(within(card('1.2')).getByLabelText<HTMLTextAreaElement>(/Ghi chú/).value).toBe('Theo báo cáo');
    // …and that is saved next, against the version the first save returned.
    await waitFor(() => expect(to('PUT', `${UNIT}/items/1.2`)).toHaveLength(2), { timeout: 5000 });
    expect(to('PUT', `${UNIT}/items/1.2`)[1]?.body).toEqual({ version: 4, note: 'Theo báo cáo' });
  });
});
