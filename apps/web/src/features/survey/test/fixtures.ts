import type { Survey, SurveyFormView, SurveyQuestion } from '../api/types';

export const PERIOD_ID = '00000000-0000-4000-8000-00000000c016';

const OPTIONS: SurveyQuestion['options'] = [
  { code: 'A', label: 'Rất tốt', percent: 100, excluded: false },
  { code: 'B', label: 'Tốt', percent: 60, excluded: false },
  { code: 'C', label: 'Chưa tốt', percent: 20, excluded: false },
  { code: 'D', label: 'Kém', percent: 0, excluded: false },
  { code: 'E', label: 'Không biết / không trả lời', percent: 0, excluded: true },
];

/** The questionnaire a group answers about a unit, as `GET /public/survey/{code}` and `…/survey/form` show it. */
export const FORM: SurveyFormView = {
  periodName: 'Xác định Chỉ số CCHC năm 2026',
  year: 2026,
  unit: { code: 'STP', name: 'Sở Tư pháp' },
  group: { code: 'NGUOI-DAN', name: 'Người dân, doanh nghiệp' },
  closesAt: '2026-12-31T16:59:59.999Z',
  questions: [
    { leafCode: '6.1', text: 'Thái độ phục vụ của công chức', options: OPTIONS },
    { leafCode: '6.2', text: 'Thời gian giải quyết hồ sơ', options: OPTIONS },
    { leafCode: '6.3', text: 'Công khai thủ tục hành chính', options: OPTIONS },
  ],
};

export const survey = (extra: Partial<Survey> = {}): Survey => ({
  periodId: PERIOD_ID,
  state: 'open',
  opensAt: '2026-10-31T17:00:00.000Z',
  closesAt: '2026-12-31T16:59:59.999Z',
  minResponses: 12,
  closedAt: null,
  accepting: true,
  acceptingCode: null,
  started: true,
  received: 47,
  computed: false,
  groups: [
    {
      code: 'LD-SO',
      name: 'Lãnh đạo các sở, ban, ngành',
      quota: 57,
      unitTypes: ['department'],
      leafCodes: null,
      received: 20,
      codesIssued: 16,
      codesUsed: 12,
    },
    {
      code: 'NGUOI-DAN',
      name: 'Người dân, doanh nghiệp',
      quota: 20,
      unitTypes: null,
      leafCodes: null,
      received: 27,
      codesIssued: 40,
      codesUsed: 18,
    },
  ],
  units: [
    { code: 'STP', name: 'Sở Tư pháp', group: 'departments', received: 30, belowMinimum: false },
    { code: 'STC', name: 'Sở Tài chính', group: 'departments', received: 9, belowMinimum: true },
    { code: 'X-TANLAP', name: 'Xã Tân Lập', group: 'communes', received: 8, belowMinimum: true },
  ],
  ...extra,
});

/** `GET /periods/{id}` as the survey screens read it: the units with their types, the sets' unit types. */
export const periodDetail = () => ({
  id: PERIOD_ID,
  year: 2026,
  name: 'Xác định Chỉ số CCHC năm 2026',
  state: 'self_assessment',
  deadlines: { selfAssessment: null, appraisal: null, explanation: null, finalAppraisal: null },
  unitCount: 3,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  appealDays: 15,
  version: 1,
  criteriaSets: [
    {
      id: '00000000-0000-4000-8000-0000000050a1',
      code: 'SO-2026',
      name: 'Bộ tiêu chí các sở',
      unitType: 'department',
      unitTypes: ['department'],
      status: 'published',
      bands: [],
    },
    {
      id: '00000000-0000-4000-8000-0000000050a2',
      code: 'XA-2026',
      name: 'Bộ tiêu chí cấp xã',
      unitType: 'commune',
      unitTypes: ['commune', 'ward'],
      status: 'published',
      bands: [],
    },
  ],
  units: [
    { code: 'STP', name: 'Sở Tư pháp', type: 'department', group: 'departments' },
    { code: 'STC', name: 'Sở Tài chính', type: 'department', group: 'departments' },
    { code: 'X-TANLAP', name: 'Xã Tân Lập', type: 'commune', group: 'communes' },
  ].map((unit) => ({
    ...unit,
    criteriaSetCode: unit.type === 'department' ? 'SO-2026' : 'XA-2026',
    assessmentStatus: 'draft',
    selfAssessmentDue: null,
    explanationDue: null,
  })),
  nextStates: ['appraisal'],
});

export const periodSummary = () => {
  const { criteriaSets: _sets, units: _units, nextStates: _next, ...summary } = periodDetail();
  return summary;
};
