import type { CriteriaNodeV1, CriteriaSetV1 } from '@par/scoring';
import { exampleCriteriaSet } from '../../../test/criteria-set';
import type { PeriodDetail, PeriodState, PeriodSummary } from '../../../lib/period-queries';
import type { Assessment, AssessmentItem, Completeness, ItemStage } from '../api/types';

export const PERIOD_ID = '11111111-1111-4111-8111-111111111111';
export const SET_ID = '22222222-2222-4222-8222-222222222222';

/** The worked example (the API's test set): every rule kind, a survey leaf. */
export const SET_DOCUMENT: CriteriaSetV1 = exampleCriteriaSet();

const LEAVES = new Map<string, { leaf: CriteriaNodeV1; area: string }>(
  SET_DOCUMENT.nodes.flatMap((area) =>
    (area.children ?? []).map((leaf) => [leaf.code, { leaf, area: area.code }] as const),
  ),
);

/** One leaf item as `GET …/assessments/{unit}` shows it, never written unless `overrides` say so. */
export function item(leafCode: string, overrides: Partial<AssessmentItem> = {}): AssessmentItem {
  const found = LEAVES.get(leafCode);
  if (!found) throw new Error(`no leaf ${leafCode}`);
  const { leaf, area } = found;
  return {
    leafCode,
    title: leaf.title,
    areaCode: area,
    maxPoints: Number(leaf.maxPoints),
    source: leaf.source ?? 'assessment',
    ruleKind: leaf.rule!.kind,
    rule: { ...leaf.rule },
    leadAgency: null,
    responsibleAgency: null,
    evidenceHint: leaf.evidence ?? null,
    guidance: null,
    notApplicableAllowed: false,
    indicator: null,
    pushed: null,
    self: null,
    selfSource: null,
    round1: null,
    explanation: null,
    round2: null,
    survey: null,
    points: null,
    adjusted: false,
    why: '',
    whyEn: '',
    evidence: [],
    version: 0,
    ...overrides,
  };
}

/** A stage (self, round 1/2, explanation) as the API shows it. */
export const stage = (
  input: Record<string, unknown> | null,
  points: number | null,
  text: string | null = null,
  by = 'stp.canbo',
): ItemStage => ({
  input,
  points,
  text,
  by,
  at: '2026-11-20T03:00:00.000Z',
});

/** Per-area totals as the server (libs/scoring) gives them; here, for plain fixtures, Σ of the items. */
function areasOf(items: readonly AssessmentItem[]): Assessment['areas'] {
  const areas = new Map<string, Assessment['areas'][number]>();
  for (const leaf of items) {
    const area = areas.get(leaf.areaCode) ?? { code: leaf.areaCode, maxPoints: 0, selfPoints: 0, points: 0 };
    area.maxPoints = round(area.maxPoints + leaf.maxPoints);
    area.selfPoints = round(area.selfPoints + (leaf.self?.points ?? 0));
    area.points = round(area.points + (leaf.points ?? 0));
    areas.set(leaf.areaCode, area);
  }
  return [...areas.values()];
}
const round = (value: number) => Math.round(value * 1000) / 1000;

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  const items = overrides.items ?? ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1'].map((code) => item(code));
  return {
    id: '33333333-3333-4333-8333-333333333333',
    periodId: PERIOD_ID,
    unitCode: 'STP',
    unitName: 'Sở Tư pháp',
    group: 'departments',
    criteriaSetId: SET_ID,
    criteriaSetCode: 'VD-SO-2026',
    status: 'draft',
    bonus: 0,
    penalty: 0,
    adjustmentsComment: null,
    selfPoints: 0,
    selfMaxPoints: 10,
    selfIndex: 0,
    points: 0,
    maxPoints: 10,
    index: 0,
    selfAssessmentDue: '2099-12-15T10:00:00.000Z',
    explanationDue: '2099-12-30T10:00:00.000Z',
    submittedAt: null,
    headName: null,
    reportNumber: null,
    reportDate: null,
    returnedAt: null,
    explainedAt: null,
    finalAt: null,
    reopenCount: 0,
    evidenceMaxBytes: 20 * 1024 * 1024,
    imported: false,
    version: 1,
    items,
    areas: areasOf(items),
    ...overrides,
  };
}

const DEADLINES = {
  selfAssessment: '2099-12-15T10:00:00.000Z',
  appraisal: '2099-12-20T10:00:00.000Z',
  explanation: '2099-12-30T10:00:00.000Z',
  finalAppraisal: '2100-01-10T10:00:00.000Z',
};

export function periodSummary(state: PeriodState): PeriodSummary {
  return {
    id: PERIOD_ID,
    year: 2026,
    name: 'Chỉ số CCHC năm 2026',
    state,
    deadlines: DEADLINES,
    unitCount: 2,
    decisionNo: null,
    decisionDate: null,
    publishedAt: null,
    appealDays: 15,
    version: 1,
  };
}

const periodUnit = (code: string, name: string): PeriodDetail['units'][number] => ({
  code,
  name,
  type: 'department',
  group: 'departments',
  criteriaSetCode: 'VD-SO-2026',
  assessmentStatus: 'draft',
  selfAssessmentDue: null,
  explanationDue: null,
});

export function periodDetail(state: PeriodState): PeriodDetail {
  return {
    ...periodSummary(state),
    criteriaSets: [
      {
        id: SET_ID,
        code: 'VD-SO-2026',
        name: SET_DOCUMENT.name,
        unitType: 'department',
        unitTypes: ['department'],
        status: 'published',
        bands: [],
      },
    ],
    units: [periodUnit('STP', 'Sở Tư pháp'), periodUnit('STC', 'Sở Tài chính')],
    nextStates: [],
  };
}

export const INCOMPLETE: Completeness = {
  complete: false,
  missingInput: ['1.1', '1.2', '1.3', '2.1', '2.2'],
  missingEvidence: [],
};
