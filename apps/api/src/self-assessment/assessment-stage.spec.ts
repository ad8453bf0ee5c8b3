import { DomainError } from '../common/errors/domain-error';
import { PERIOD_STATES, type PeriodState } from '../period/period.entity';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './assessment.entity';
import { currentInput, openStage, REOPEN_TO, stageOf, type Stage } from './assessment-stage';

/** Every period state × assessment status, with the stage it opens ('locked' when none). */
const TABLE: Record<PeriodState, Record<AssessmentStatus, Stage | 'locked'>> = {
  setup: { draft: 'locked', submitted: 'locked', returned: 'locked', explained: 'locked', final: 'locked' },
  self_assessment: {
    draft: 'self',
    submitted: 'locked',
    returned: 'locked',
    explained: 'locked',
    final: 'locked',
  },
  appraisal: {
    draft: 'locked',
    submitted: 'round1',
    returned: 'locked',
    explained: 'locked',
    final: 'locked',
  },
  explanation: {
    draft: 'locked',
    submitted: 'locked',
    returned: 'explanation',
    explained: 'locked',
    final: 'locked',
  },
  final_appraisal: {
    draft: 'locked',
    submitted: 'locked',
    returned: 'locked',
    explained: 'round2',
    final: 'locked',
  },
  computed: {
    draft: 'locked',
    submitted: 'locked',
    returned: 'locked',
    explained: 'locked',
    final: 'locked',
  },
  published: {
    draft: 'locked',
    submitted: 'locked',
    returned: 'locked',
    explained: 'locked',
    final: 'locked',
  },
};

const cases = PERIOD_STATES.flatMap((periodState) =>
  ASSESSMENT_STATUSES.map(
    (status) => [periodState, status, TABLE[periodState][status]] as [PeriodState, AssessmentStatus, string],
  ),
);

describe('the stage table', () => {
  it('covers all 35 combinations of period state and assessment status', () => {
    expect(cases).toHaveLength(35);
    expect(cases.filter(([, , stage]) => stage !== 'locked')).toHaveLength(4);
  });

  it.each(cases)('period %s, assessment %s → %s', (periodState, status, expected) => {
    expect(openStage(periodState, status) ?? 'locked').toBe(expected);
    if (expected === 'locked') expect(() => stageOf(periodState, status)).toThrow(DomainError);
    else expect(stageOf(periodState, status)).toBe(expected);
  });

  it('names both states in ASSESSMENT_LOCKED', () => {
    let error: unknown;
    try {
      stageOf('appraisal', 'draft');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ASSESSMENT_LOCKED');
    expect((error as DomainError).options).toEqual({
      detail: {
        vi: 'kỳ đang ở bước "appraisal", phiếu ở trạng thái "draft"',
        en: 'the period is in "appraisal" and the assessment is "draft"',
      },
      extensions: { periodState: 'appraisal', assessmentStatus: 'draft' },
    });
  });
});

describe('REOPEN_TO', () => {
  it.each([
    ['draft', null],
    ['submitted', 'draft'],
    ['returned', 'submitted'],
    ['explained', 'returned'],
    ['final', 'explained'],
  ] as const)('%s → %s', (from, to) => {
    expect(REOPEN_TO[from]).toBe(to);
  });
});

describe('currentInput', () => {
  const self = { value: true };
  const round1 = { value: false };
  const round2 = { points: 1 };
  const imported = { points: 2 };
  it.each([
    [
      'round 2 first',
      { selfInput: self, round1Input: round1, round2Input: round2, finalInput: null },
      round2,
    ],
    ['then round 1', { selfInput: self, round1Input: round1, round2Input: null, finalInput: null }, round1],
    [
      'then the self-assessment',
      { selfInput: self, round1Input: null, round2Input: null, finalInput: null },
      self,
    ],
    [
      'then an imported final',
      { selfInput: null, round1Input: null, round2Input: null, finalInput: imported },
      imported,
    ],
    ['else nothing', { selfInput: null, round1Input: null, round2Input: null, finalInput: null }, null],
  ])('%s', (_name, item, expected) => {
    expect(currentInput(item)).toBe(expected);
  });
});
