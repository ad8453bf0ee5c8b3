import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, me, page, renderApp, signedIn } from '../../test/fake-api';

const summary = (id: string, state: string, name: string) => ({
  id,
  year: 2026,
  name,
  state,
  deadlines: { selfAssessment: null, appraisal: null, explanation: null, finalAppraisal: null },
  unitCount: 5,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  appealDays: 15,
  version: 1,
});

describe('my unit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('links each published period of the unit to its appeals page', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/auth/me': () => json(me('unit_editor')),
      'GET /api/v1/units/STP': () => json({ code: 'STP', name: 'Sở Tư pháp', type: 'department' }),
      'GET /api/v1/periods': () =>
        page([
          summary('00000000-0000-4000-8000-000000000025', 'published', 'Chỉ số CCHC năm 2025'),
          summary('00000000-0000-4000-8000-000000000026', 'self_assessment', 'Chỉ số CCHC năm 2026'),
        ]),
    });
    renderApp('/my-unit');
    const link = await screen.findByRole('link', { name: 'Phúc khảo kết quả Chỉ số CCHC năm 2025' });
    expect(link.getAttribute('href')).toBe('/periods/00000000-0000-4000-8000-000000000025/appeals');
    expect(screen.queryByRole('link', { name: /năm 2026/ })).toBeNull();
  });
});
