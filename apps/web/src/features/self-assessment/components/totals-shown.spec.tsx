import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, renderApp, signedIn } from '../../../test/fake-api';
import type { AssessmentSummary } from '../api/types';
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

/**
 * Issue 19: every total the SPA shows is the API's number (libs/scoring's, the one compute publishes), never
 * a sum the SPA makes of the leaves. The API's totals here are chosen to differ from any sum of the leaves
 * shown (a not-applicable leaf left the max, a bonus and a penalty moved the total), so a screen that adds
 * up leaves shows something else.
 */
const PERIOD = `/api/v1/periods/${PERIOD_ID}`;
const UNIT = `${PERIOD}/assessments/STP`;

describe('totals shown are the API’s', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the unit’s page shows the assessment’s totals as the API gave them, everywhere it shows a total', async () => {
    const shown = assessment({
      items: [
        item('1.1', { self: stage({ value: true }, 1), points: 1, version: 1 }),
        item('1.2', { self: stage({ value: 100 }, 2), points: 2, version: 1 }),
        item('1.3', { self: stage({ notApplicable: true }, 0), points: 0, version: 1 }),
      ],
      selfPoints: 2.987,
      selfMaxPoints: 8.5,
      points: 3.237,
      // The current max differs from the unit's own (a leaf it called not applicable was judged applicable).
      maxPoints: 9.5,
      bonus: 0.5,
      penalty: 0.25,
      // 1.3 is not applicable: the area's applicable max is 3, not 4.
      areas: [{ code: '1', maxPoints: 3, selfPoints: 2.987, points: 3.237 }],
    });
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('unit_head')),
      'GET /api/v1/periods': () => page([periodSummary('self_assessment')]),
      [`GET ${PERIOD}`]: () => json(periodDetail('self_assessment')),
      [`GET ${UNIT}`]: () => json(shown),
      [`GET ${UNIT}/completeness`]: () => json(INCOMPLETE),
      [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
    });
    renderApp('/self-assessment');
    await screen.findByText('Tự chấm: 2,987 · Điểm hiện tại: 3,237 / 9,5 điểm');
    const aside = screen.getByRole('complementary', { name: 'Kiểm tra trước khi nộp' });
    expect(within(aside).getByText('2,987 / 8,5')).toBeTruthy();
    expect(within(screen.getByTestId('phone-progress-bar')).getByText('2,987 / 8,5')).toBeTruthy();
    expect(document.body.textContent).toContain('Tự chấm 2,987 / 3 điểm');
    // No sum the SPA could make of the leaves shown (1 + 2 + 0 over 1 + 2 + 1) appears as a total.
    expect(document.body.textContent).not.toMatch(/\b3 \/ 4\b/);
  });

  it('the appraiser’s overview of the units shows each unit’s totals as the summary route gave them', async () => {
    const row = (
      unitCode: string,
      unitName: string,
      totals: Partial<AssessmentSummary>,
    ): AssessmentSummary => ({
      unitCode,
      unitName,
      group: 'departments',
      status: 'submitted',
      selfPoints: 0,
      points: 0,
      maxPoints: 10,
      index: 0,
      filled: 6,
      leaves: 6,
      submittedAt: '2026-12-01T02:00:00.000Z',
      version: 3,
      ...totals,
    });
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('appraiser', { areaCodes: ['*'] })),
      'GET /api/v1/periods': () => page([periodSummary('appraisal')]),
      [`GET ${PERIOD}`]: () => json(periodDetail('appraisal')),
      [`GET /api/v1/criteria-sets/${SET_ID}/export`]: () => json(SET_DOCUMENT),
      [`GET ${PERIOD}/assessments`]: () =>
        page([
          row('STP', 'Sở Tư pháp', { selfPoints: 82.272, points: 82.772, maxPoints: 97.5, index: 84.89 }),
          row('STC', 'Sở Tài chính', { selfPoints: 70.001, points: 69.751, maxPoints: 100, index: 69.75 }),
        ]),
      [`GET ${PERIOD}/appraisal-queue`]: () =>
        json({ items: [], total: 0, pending: 0, page: 1, pageSize: 50 }),
    });
    renderApp('/appraisal');
    const table = await screen.findByRole('table', { name: 'Tình hình 2 đơn vị' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const cells = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(name))!
        .querySelectorAll('td');
    expect(cells('Sở Tư pháp')[3].textContent).toBe('82,272');
    expect(cells('Sở Tư pháp')[4].textContent).toBe('82,772 / 97,5');
    expect(cells('Sở Tài chính')[3].textContent).toBe('70,001');
    expect(cells('Sở Tài chính')[4].textContent).toBe('69,751 / 100');
  });
});
