import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PeriodDetail } from '../../../lib/period-queries';
import { fakeApi, fieldProblem, json, me, page, problem, renderApp, signedIn } from '../../../test/fake-api';
import type { AppraisalAssignment } from '../api/appraisal-assignments';

const ID = '00000000-0000-4000-8000-00000000b003';

const PERIOD: PeriodDetail = {
  id: ID,
  year: 2026,
  name: 'Xác định Chỉ số CCHC năm 2026',
  state: 'appraisal',
  deadlines: { selfAssessment: null, appraisal: null, explanation: null, finalAppraisal: null },
  unitCount: 2,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  appealDays: 15,
  version: 3,
  criteriaSets: [],
  units: [
    {
      code: 'STP',
      name: 'Sở Tư pháp',
      type: 'department',
      group: 'departments',
      criteriaSetCode: 'SO-2026',
      assessmentStatus: 'submitted',
      selfAssessmentDue: null,
      explanationDue: null,
    },
    {
      code: 'STC',
      name: 'Sở Tài chính',
      type: 'department',
      group: 'departments',
      criteriaSetCode: 'SO-2026',
      assessmentStatus: 'submitted',
      selfAssessmentDue: null,
      explanationDue: null,
    },
  ],
  nextStates: ['explanation'],
};

const SECRETARY: AppraisalAssignment = {
  userId: '00000000-0000-4000-8000-0000000000c1',
  username: 'thuky.snv',
  fullName: 'Trần Thư Ký',
  unitCode: 'SNV',
  areaCodes: [],
  unitCodes: ['STP'],
  wholeUnit: true,
};

const user = (username: string, fullName: string, unitCode: string | null) => ({
  id: `id-${username}`,
  username,
  fullName,
  role: 'appraiser',
  unitCode,
  unitName: null,
  areaCodes: ['*'],
  active: true,
  mustChangePassword: false,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

function api(put: () => Response) {
  signedIn();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me('admin')),
    'GET /api/v1/unit-types': () => json([]),
    'GET /api/v1/units': () => page([]),
    'GET /api/v1/users': () =>
      page([user('thuky.snv', 'Trần Thư Ký', 'SNV'), user('thamdinh.stp', 'Lê Thẩm Định', 'STP')]),
    [`GET /api/v1/periods/${ID}`]: () => json(PERIOD),
    [`GET /api/v1/periods/${ID}/appraisal-assignments`]: () => json([SECRETARY]),
    [`PUT /api/v1/periods/${ID}/appraisal-assignments`]: put,
  });
}

describe('appraisal assignments on the period page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows per appraiser the areas and units they cover, and the council secretary', async () => {
    api(() => json([]));
    renderApp(`/periods/${ID}`);
    const table = await screen.findByRole('table', { name: 'Phân công thẩm định' });
    const row = within(table).getByText('Trần Thư Ký').closest('tr')!;
    expect(within(row).getByText('Mọi lĩnh vực')).toBeTruthy();
    expect(within(row).getByText('STP — Sở Tư pháp')).toBeTruthy();
    expect(within(row).getByText('Thư ký hội đồng')).toBeTruthy();
    expect(within(row).getByText('Thuộc SNV')).toBeTruthy();
  });

  it('edits and saves the whole list; the API’s refusals are listed in Vietnamese', async () => {
    let answer: Response = problem(422, 'ASSIGNMENTS_INVALID', {
      errors: [
        fieldProblem('OWN_UNIT', { user: 'thamdinh.stp', unit: 'STP' }, { field: 'assignments.1.unitCodes' }),
        fieldProblem('UNKNOWN_AREA', { area: '9' }, { field: 'assignments.1.areaCodes' }),
      ],
    });
    const { to } = api(() => answer);
    renderApp(`/periods/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa phân công' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân công thẩm định' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm phân công' }));
    fireEvent.change(within(dialog).getByLabelText('Người thẩm định, phân công 2'), {
      target: { value: 'thamdinh.stp' },
    });
    fireEvent.change(within(dialog).getByLabelText('Lĩnh vực, phân công 2'), { target: { value: '1, 9' } });
    const units = within(dialog).getByLabelText<HTMLSelectElement>('Đơn vị, phân công 2');
    for (const option of units.options) option.selected = option.value === 'STP';
    fireEvent.change(units);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(to('PUT', `/api/v1/periods/${ID}/appraisal-assignments`)).toHaveLength(1));
    expect(to('PUT', `/api/v1/periods/${ID}/appraisal-assignments`)[0].body).toEqual({
      assignments: [
        { username: 'thuky.snv', areaCodes: [], unitCodes: ['STP'] },
        { username: 'thamdinh.stp', areaCodes: ['1', '9'], unitCodes: ['STP'] },
      ],
    });
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText(/thamdinh\.stp thuộc STP, không thẩm định đơn vị mình/)).toBeTruthy();
    expect(within(alert).getByText(/9 không phải lĩnh vực của bộ tiêu chí kỳ này/)).toBeTruthy();

    // Fixed: the second appraiser covers STC's area 1; saved, the dialog closes and the table shows it.
    fireEvent.change(within(dialog).getByLabelText('Lĩnh vực, phân công 2'), { target: { value: '1' } });
    for (const option of units.options) option.selected = option.value === 'STC';
    fireEvent.change(units);
    answer = json([
      SECRETARY,
      {
        userId: 'id-thamdinh.stp',
        username: 'thamdinh.stp',
        fullName: 'Lê Thẩm Định',
        unitCode: 'STP',
        areaCodes: ['1'],
        unitCodes: ['STC'],
        wholeUnit: false,
      },
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = within(screen.getByRole('table', { name: 'Phân công thẩm định' }))
      .getByText('Lê Thẩm Định')
      .closest('tr')!;
    expect(within(row).getByText('STC — Sở Tài chính')).toBeTruthy();
    expect(within(row).getByText('1')).toBeTruthy();
  });
});
