import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, renderApp, signedIn } from '../../../test/fake-api';
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
import type { Assessment } from '../api/types';

const UNIT = `/api/v1/periods/${PERIOD_ID}/assessments/STP`;
const PUSHED = stage({ numerator: 1946, denominator: 1950 }, 1.995, null, 'Hệ thống một cửa tỉnh');

function api(value: Assessment) {
  signedIn();
  fakeApi({
    'GET /api/v1/auth/me': () => json(me('unit_editor')),
    'GET /api/v1/periods': () => page([periodSummary('self_assessment')]),
    [`GET /api/v1/periods/${PERIOD_ID}`]: () => json(periodDetail('self_assessment')),
    [`GET ${UNIT}`]: () => json(value),
    [`GET ${UNIT}/completeness`]: () => json(INCOMPLETE),
    [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
  });
}

const card = async (code: string) => {
  await screen.findAllByRole('heading', { level: 3 });
  const heading = screen.getAllByRole('heading', { level: 3 }).find((h) => h.textContent?.startsWith(code));
  if (!heading) throw new Error(`no card ${code}`);
  return heading.closest('article') as HTMLElement;
};

describe('pushed indicator figures in the self-assessment form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the pushed figures as what counts while the unit has entered none, with the rule', async () => {
    api(
      assessment({
        items: [
          item('1.1'),
          item('2.1', {
            indicator: 'ty-le-dung-han',
            pushed: PUSHED,
            self: PUSHED,
            selfSource: 'Hệ thống một cửa tỉnh',
          }),
        ],
      }),
    );
    renderApp('/self-assessment');
    const pushed = within(await card('2.1')).getByRole('complementary', { name: 'Số liệu do hệ thống gửi' });
    expect(
      within(pushed).getByText('Số liệu chỉ số “ty-le-dung-han” do hệ thống Hệ thống một cửa tỉnh gửi'),
    ).toBeTruthy();
    expect(within(pushed).getByText(/1\.946.*1\.950|1946.*1950/)).toBeTruthy();
    expect(within(pushed).getByText('Chưa nhập')).toBeTruthy();
    expect(within(pushed).getByText('Đang dùng số liệu hệ thống gửi (đơn vị chưa tự nhập)')).toBeTruthy();
    expect(within(pushed).getByText(/số liệu đơn vị tự nhập luôn được ưu tiên/)).toBeTruthy();
    // Other leaves show nothing of the kind.
    expect(within(await card('1.1')).queryByRole('complementary')).toBeNull();
  });

  it('shows the unit’s own entry beside them, and that it wins', async () => {
    api(
      assessment({
        items: [
          item('2.1', {
            indicator: 'ty-le-dung-han',
            pushed: PUSHED,
            self: stage({ numerator: 1900, denominator: 1950 }, 1.948),
            selfSource: null,
          }),
        ],
      }),
    );
    renderApp('/self-assessment');
    const pushed = within(await card('2.1')).getByRole('complementary', { name: 'Số liệu do hệ thống gửi' });
    expect(within(pushed).getByText(/1\.900.*1\.950|1900.*1950/)).toBeTruthy();
    expect(within(pushed).getByText('Đang dùng số liệu đơn vị tự nhập (được ưu tiên)')).toBeTruthy();
    expect(within(pushed).queryByText('Chưa nhập')).toBeNull();
  });
});
