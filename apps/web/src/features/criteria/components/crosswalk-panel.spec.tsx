import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, renderApp, signedIn, type Call } from '../../../test/fake-api';
import type { Crosswalk } from '../api/crosswalk';
import { DOCUMENT, SET_ID, UNIT_TYPES, detail } from '../test/fixtures';
import { parseCodes } from './crosswalk-panel';

const PREVIOUS = '00000000-0000-4000-8000-00000000c0aa';
const summary = (id: string, code: string, year: number) => ({
  id,
  code,
  name: `Bộ ${code}`,
  year,
  unitType: DOCUMENT.unitType,
  status: 'published',
  sourceDecision: null,
  leafCount: 2,
  maxPoints: 3,
  clonedFromId: null,
  publishedAt: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  version: 1,
});

const crosswalk: Crosswalk = {
  criteriaSetId: SET_ID,
  criteriaSet: DOCUMENT.code,
  previousCriteriaSetId: null,
  previousCriteriaSet: null,
  version: 0,
  entries: [
    { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', depth: 1, previous: ['1'], source: 'identity' },
    { code: '1.1', title: 'Ban hành kế hoạch CCHC', depth: 2, previous: ['1.1'], source: 'identity' },
    { code: '1.2', title: 'Mức độ hoàn thành kế hoạch', depth: 2, previous: ['1.2'], source: 'identity' },
  ],
};

function api(handlers: Record<string, (call: Call) => Response> = {}) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json(UNIT_TYPES),
    [`GET /api/v1/criteria-sets/${SET_ID}`]: () => json(detail(DOCUMENT)),
    'GET /api/v1/criteria-sets': () =>
      page([summary(SET_ID, DOCUMENT.code, DOCUMENT.year), summary(PREVIOUS, 'SO-2025', DOCUMENT.year - 1)]),
    [`GET /api/v1/criteria-sets/${SET_ID}/crosswalk`]: () => json(crosswalk),
    ...handlers,
  });
}

describe('criteria crosswalk', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses codes separated by commas, semicolons or spaces, once each', () => {
    expect(parseCodes(' A.1, A.2;A.2  B ')).toEqual(['A.1', 'A.2', 'B']);
    expect(parseCodes('')).toEqual([]);
  });

  it('maps renamed codes to last year’s set: only the rows edited are sent, against the version read', async () => {
    const { to } = api({
      [`PUT /api/v1/criteria-sets/${SET_ID}/crosswalk`]: () =>
        json({
          ...crosswalk,
          version: 1,
          previousCriteriaSetId: PREVIOUS,
          previousCriteriaSet: 'SO-2025',
          entries: crosswalk.entries.map((e) =>
            e.code === '1.2' ? { ...e, previous: ['A.2', 'A.3'], source: 'explicit' } : e,
          ),
        }),
    });
    renderApp(`/criteria/${SET_ID}`);
    fireEvent.click(await screen.findByText('Bảng chuyển đổi mã sang bộ tiêu chí năm trước'));
    const table = await screen.findByRole('table', { name: 'Chuyển đổi mã của bộ SO-2026' });
    expect(within(table).getAllByText('Cùng mã')).toHaveLength(3);
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Bộ tiêu chí năm trước').value).toBe(PREVIOUS),
    );
    fireEvent.change(within(table).getByLabelText('Mã năm trước của 1.2'), { target: { value: 'A.2, A.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bảng chuyển đổi' }));
    await waitFor(() => expect(to('PUT', `/api/v1/criteria-sets/${SET_ID}/crosswalk`)).toHaveLength(1));
    expect(to('PUT', `/api/v1/criteria-sets/${SET_ID}/crosswalk`)[0].body).toEqual({
      previousCriteriaSetId: PREVIOUS,
      version: 0,
      entries: [{ code: '1.2', previous: ['A.2', 'A.3'] }],
    });
    expect(await screen.findByText('Đã lưu bảng chuyển đổi.')).toBeTruthy();
    expect(within(table).getByText('Đã khai báo')).toBeTruthy();
  });
});
