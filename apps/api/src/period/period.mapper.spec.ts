import type { CriteriaSetRow } from '../criteria/criteria-set.entity';
import type { PeriodCriteriaSet } from './period-criteria-set.entity';
import type { Period, PeriodState } from './period.entity';
import { dateOrNull, deadlineColumns, toBands, toPeriodDetail, toPeriodSummary } from './period.mapper';
import type { PeriodUnitRow } from './period.repository';

const at = (iso: string) => new Date(iso);

const period = (state: PeriodState = 'setup'): Period => ({
  id: 'p1',
  year: 2026,
  name: 'Chỉ số CCHC năm 2026',
  state,
  selfAssessmentDue: at('2026-03-31T17:00:00Z'),
  appraisalDue: null,
  explanationDue: at('2026-05-15T17:00:00Z'),
  finalAppraisalDue: null,
  decisionNo: null,
  decisionDate: null,
  publishedAt: null,
  results: null,
  tieBreakers: null,
  appealDays: 15,
  computedAt: null,
  createdAt: at('2026-01-02T00:00:00Z'),
  updatedAt: at('2026-01-02T00:00:00Z'),
  version: 3,
});

describe('toPeriodSummary', () => {
  it('maps the row, its deadlines grouped, with the unit count', () => {
    expect(toPeriodSummary(period(), 34)).toEqual({
      id: 'p1',
      year: 2026,
      name: 'Chỉ số CCHC năm 2026',
      state: 'setup',
      deadlines: {
        selfAssessment: at('2026-03-31T17:00:00Z'),
        appraisal: null,
        explanation: at('2026-05-15T17:00:00Z'),
        finalAppraisal: null,
      },
      unitCount: 34,
      decisionNo: null,
      decisionDate: null,
      publishedAt: null,
      appealDays: 15,
      version: 3,
    });
  });
});

describe('toPeriodDetail', () => {
  const set = {
    id: 's1',
    code: 'SO-2026',
    name: 'Bộ chỉ số sở 2026',
    unitType: 'department',
    status: 'published',
    bands: [{ code: 'T', label: 'Tốt', minIndex: 80 }],
  } as CriteriaSetRow;
  const link = (bands: PeriodCriteriaSet['bands']): PeriodCriteriaSet => ({
    periodId: 'p1',
    criteriaSetId: 's1',
    unitTypes: ['department'],
    bands,
    criteriaSet: set,
  });
  const unit: PeriodUnitRow = {
    code: 'STP',
    name: 'Sở Tư pháp',
    type: 'department',
    group_code: 'departments',
    set_code: 'SO-2026',
    status: 'draft',
    self_due: at('2026-04-07T17:00:00Z'),
    expl_due: null,
  };

  it('adds the sets, the units and the next state; the unit count is the units shown', () => {
    const detail = toPeriodDetail(period(), [link(null)], [unit]);
    expect(detail.unitCount).toBe(1);
    expect(detail.criteriaSets).toEqual([
      {
        id: 's1',
        code: 'SO-2026',
        name: 'Bộ chỉ số sở 2026',
        unitType: 'department',
        unitTypes: ['department'],
        status: 'published',
        bands: [{ code: 'T', label: 'Tốt', minIndex: 80 }],
      },
    ]);
    expect(detail.units).toEqual([
      {
        code: 'STP',
        name: 'Sở Tư pháp',
        type: 'department',
        group: 'departments',
        criteriaSetCode: 'SO-2026',
        assessmentStatus: 'draft',
        selfAssessmentDue: at('2026-04-07T17:00:00Z'),
        explanationDue: null,
      },
    ]);
    expect(detail.nextStates).toEqual(['self_assessment']);
  });

  it('the period’s own bands win over the set’s', () => {
    const own = [{ code: 'XS', label: 'Xuất sắc', minIndex: 95 }];
    expect(toPeriodDetail(period(), [link(own)], []).criteriaSets[0].bands).toEqual(own);
  });

  it.each<[PeriodState, PeriodState[]]>([
    ['setup', ['self_assessment']],
    ['final_appraisal', ['computed']],
    ['computed', ['published']],
    ['published', []],
  ])('from %s the next states are %j', (state, next) => {
    expect(toPeriodDetail(period(state), [], []).nextStates).toEqual(next);
  });
});

describe('deadlineColumns', () => {
  const current = {
    selfAssessmentDue: at('2026-03-31T17:00:00Z'),
    appraisalDue: at('2026-04-30T17:00:00Z'),
    explanationDue: null,
    finalAppraisalDue: null,
  };

  it.each<[string, Parameters<typeof deadlineColumns>[0], typeof current | undefined, object]>([
    [
      'no deadlines on a new period',
      undefined,
      undefined,
      { selfAssessmentDue: null, appraisalDue: null, explanationDue: null, finalAppraisalDue: null },
    ],
    [
      'given ones on a new period',
      { selfAssessment: '2026-03-31T17:00:00Z', finalAppraisal: '2026-06-30T17:00:00+07:00' },
      undefined,
      {
        selfAssessmentDue: at('2026-03-31T17:00:00Z'),
        appraisalDue: null,
        explanationDue: null,
        finalAppraisalDue: at('2026-06-30T10:00:00Z'),
      },
    ],
    ['fields left out keep their value', {}, current, current],
    [
      'null clears, a value replaces',
      { selfAssessment: null, explanation: '2026-05-15T17:00:00Z' },
      current,
      {
        selfAssessmentDue: null,
        appraisalDue: at('2026-04-30T17:00:00Z'),
        explanationDue: at('2026-05-15T17:00:00Z'),
        finalAppraisalDue: null,
      },
    ],
  ])('%s', (_name, deadlines, old, expected) => {
    expect(deadlineColumns(deadlines, old)).toEqual(expected);
  });
});

describe('dateOrNull', () => {
  it.each<[string | null | undefined, Date | null]>([
    ['2026-03-31T17:00:00Z', at('2026-03-31T17:00:00Z')],
    ['2026-04-01T00:00:00+07:00', at('2026-03-31T17:00:00Z')],
    [null, null],
    [undefined, null],
    ['', null],
    // A date alone: the end of that day in the province (Asia/Ho_Chi_Minh, UTC+7), not 07:00.
    ['2027-02-05', at('2027-02-05T16:59:59.999Z')],
    // No offset: the province's wall clock, never the server's.
    ['2027-02-05T17:00', at('2027-02-05T10:00:00Z')],
    ['2027-02-05T17:00:00.5', at('2027-02-05T10:00:00.500Z')],
  ])('%j → %j', (value, expected) => {
    expect(dateOrNull(value)).toEqual(expected);
  });

  it('reads a date alone in the configured zone (DST included)', () => {
    expect(dateOrNull('2027-07-01', 'Europe/Paris')).toEqual(at('2027-07-01T21:59:59.999Z'));
    expect(dateOrNull('2027-01-15', 'Europe/Paris')).toEqual(at('2027-01-15T22:59:59.999Z'));
  });

  it.each(['2027-02-30', '2027-13-01', '2027-02-05T24:30', 'soon'])('%j → 400 VALIDATION_FAILED', (value) => {
    expect(() => dateOrNull(value)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('toBands', () => {
  it('stores minIndex as a number, whether it came as one or as a string', () => {
    expect(
      toBands([
        { code: 'XS', label: 'Xuất sắc', minIndex: '90' },
        { code: 'T', label: 'Tốt', minIndex: 80.5 },
      ]),
    ).toEqual([
      { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
      { code: 'T', label: 'Tốt', minIndex: 80.5 },
    ]);
  });
});
