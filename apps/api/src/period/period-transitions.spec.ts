import {
  NEXT_STATE,
  ON_ENTER,
  STATE_ROUTE_TARGETS,
  transitionFacts,
  unmetPreconditions,
  type OnEnterEffect,
  type TransitionFacts,
  type UnitFact,
} from './period-transitions';
import { PERIOD_STATES, type PeriodState } from './period.entity';

describe('NEXT_STATE', () => {
  it.each<[PeriodState, PeriodState | null]>([
    ['setup', 'self_assessment'],
    ['self_assessment', 'appraisal'],
    ['appraisal', 'explanation'],
    ['explanation', 'final_appraisal'],
    ['final_appraisal', 'computed'],
    ['computed', 'published'],
    ['published', null],
  ])('%s → %s', (from, to) => {
    expect(NEXT_STATE[from]).toBe(to);
  });

  it('the state route reaches the four middle states only', () => {
    expect(STATE_ROUTE_TARGETS).toEqual(['self_assessment', 'appraisal', 'explanation', 'final_appraisal']);
  });
});

describe('ON_ENTER', () => {
  it.each<[PeriodState, OnEnterEffect[]]>([
    ['setup', []],
    ['self_assessment', [{ kind: 'publish_criteria_sets' }]],
    ['appraisal', [{ kind: 'move_assessments', from: 'draft', to: 'submitted', stamp: 'submittedAt' }]],
    ['explanation', [{ kind: 'move_assessments', from: 'submitted', to: 'returned', stamp: 'returnedAt' }]],
    [
      'final_appraisal',
      [{ kind: 'move_assessments', from: 'returned', to: 'explained', stamp: 'explainedAt' }],
    ],
    ['computed', []],
    ['published', []],
  ])('entering %s', (state, effects) => {
    expect(ON_ENTER[state]).toEqual(effects);
  });

  it('has a row for every state', () => {
    expect(Object.keys(ON_ENTER).sort()).toEqual([...PERIOD_STATES].sort());
  });

  it('moves each assessment status once along the path the state route takes', () => {
    const moves = STATE_ROUTE_TARGETS.flatMap((state) => ON_ENTER[state]).flatMap((effect) =>
      effect.kind === 'move_assessments' ? [`${effect.from}→${effect.to}`] : [],
    );
    expect(moves).toEqual(['draft→submitted', 'submitted→returned', 'returned→explained']);
  });
});

const FACTS: TransitionFacts = {
  unitCount: 2,
  invalidSets: [],
  draftUnits: [],
  selfAssessmentDeadlinePassed: true,
  unitsAwaitingRound1: [],
  unitsExplaining: [],
  explanationDeadlinePassed: true,
};

describe('unmetPreconditions', () => {
  const codes = (from: PeriodState, to: PeriodState, facts: Partial<TransitionFacts> = {}) =>
    unmetPreconditions(from, to, { ...FACTS, ...facts }).map((problem) => problem.code);

  it.each<[string, PeriodState, PeriodState, Partial<TransitionFacts>, string[]]>([
    ['a ready period opens', 'setup', 'self_assessment', {}, []],
    ['no units', 'setup', 'self_assessment', { unitCount: 0 }, ['NO_UNITS']],
    ['an invalid set', 'setup', 'self_assessment', { invalidSets: ['SO-2026'] }, ['CRITERIA_SET_INVALID']],
    [
      'no units and an invalid set, both named',
      'setup',
      'self_assessment',
      { unitCount: 0, invalidSets: ['SO-2026'] },
      ['NO_UNITS', 'CRITERIA_SET_INVALID'],
    ],
    ['skipping a state', 'setup', 'appraisal', {}, ['NOT_NEXT_STATE']],
    ['going back', 'appraisal', 'self_assessment', {}, ['NOT_NEXT_STATE']],
    ['leaving published', 'published', 'setup', {}, ['NOT_NEXT_STATE']],
    ['all submitted', 'self_assessment', 'appraisal', {}, []],
    [
      'drafts before the deadline',
      'self_assessment',
      'appraisal',
      { draftUnits: ['STP'], selfAssessmentDeadlinePassed: false },
      ['UNITS_NOT_SUBMITTED'],
    ],
    ['drafts after the deadline', 'self_assessment', 'appraisal', { draftUnits: ['STP'] }, []],
    [
      'round 1 incomplete',
      'appraisal',
      'explanation',
      { unitsAwaitingRound1: ['STP'] },
      ['ROUND1_INCOMPLETE'],
    ],
    ['round 1 done', 'appraisal', 'explanation', {}, []],
    [
      'explanation window open',
      'explanation',
      'final_appraisal',
      { unitsExplaining: ['STP'], explanationDeadlinePassed: false },
      ['EXPLANATION_WINDOW_OPEN'],
    ],
    ['explanation window closed', 'explanation', 'final_appraisal', { unitsExplaining: ['STP'] }, []],
    ['to computed, no precondition here', 'final_appraisal', 'computed', {}, []],
  ])('%s', (_name, from, to, facts, expected) => {
    expect(codes(from, to, facts)).toEqual(expected);
  });

  it('names the next state when a move is not the next one', () => {
    expect(unmetPreconditions('setup', 'appraisal', FACTS)).toEqual([
      {
        code: 'NOT_NEXT_STATE',
        message: 'Từ "setup" chỉ chuyển được sang "self_assessment"',
        messageEn: 'From "setup" the next state is "self_assessment"',
      },
    ]);
    expect(unmetPreconditions('published', 'setup', FACTS)[0].messageEn).toBe(
      'From "published" the next state is "—"',
    );
  });

  it('lists up to eight units, then counts the rest', () => {
    const draftUnits = ['U01', 'U02', 'U03', 'U04', 'U05', 'U06', 'U07', 'U08', 'U09', 'U10'];
    const [problem] = unmetPreconditions('self_assessment', 'appraisal', {
      ...FACTS,
      draftUnits,
      selfAssessmentDeadlinePassed: false,
    });
    expect(problem.messageEn).toBe(
      '10 unit(s) have not submitted and the deadline has not passed: U01, U02, U03, U04, U05, U06, U07, U08 … (+2)',
    );
    expect(problem.message).toBe(
      '10 đơn vị chưa nộp tự đánh giá và chưa hết hạn: U01, U02, U03, U04, U05, U06, U07, U08 … (+2)',
    );
    // Every unit, as a list a client can name and link.
    expect(problem.units).toEqual(draftUnits);
  });
});

describe('transitionFacts', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  const before = new Date('2026-04-30T00:00:00Z');
  const after = new Date('2026-05-02T00:00:00Z');
  const unit = (code: string, status: string, own: Partial<UnitFact> = {}): UnitFact => ({
    code,
    status,
    selfAssessmentDue: null,
    explanationDue: null,
    awaitingRound1: false,
    hasAdjustments: true,
    ...own,
  });
  const period = (selfAssessmentDue: Date | null, explanationDue: Date | null = null) => ({
    selfAssessmentDue,
    explanationDue,
  });

  it('counts units and names drafts, round-1 waits and explaining units by code', () => {
    const facts = transitionFacts(
      period(after, after),
      [
        unit('A', 'draft'),
        unit('B', 'submitted', { awaitingRound1: true }),
        unit('C', 'submitted'),
        unit('D', 'returned'),
        unit('E', 'draft', { awaitingRound1: true }),
      ],
      ['SO-2026'],
      now,
    );
    expect(facts).toEqual({
      unitCount: 5,
      invalidSets: ['SO-2026'],
      draftUnits: ['A', 'E'],
      selfAssessmentDeadlinePassed: false,
      unitsAwaitingRound1: ['B'],
      unitsExplaining: ['D'],
      explanationDeadlinePassed: false,
    });
  });

  it.each<[string, Date | null, Partial<UnitFact>, boolean]>([
    ['period deadline passed', before, {}, true],
    ['period deadline ahead', after, {}, false],
    ['no deadline at all', null, {}, false],
    ['the deadline is this very instant: not passed yet', now, {}, false],
    ['own extension ahead overrides a passed period deadline', before, { selfAssessmentDue: after }, false],
    ['own extension passed overrides a later period deadline', after, { selfAssessmentDue: before }, true],
  ])('self-assessment deadline: %s', (_name, periodDue, own, passed) => {
    const facts = transitionFacts(period(periodDue), [unit('A', 'draft', own)], [], now);
    expect(facts.selfAssessmentDeadlinePassed).toBe(passed);
  });

  it('needs every draft past its deadline', () => {
    const facts = transitionFacts(
      period(before),
      [unit('A', 'draft'), unit('B', 'draft', { selfAssessmentDue: after })],
      [],
      now,
    );
    expect(facts.selfAssessmentDeadlinePassed).toBe(false);
  });

  it.each<[string, Date | null, Partial<UnitFact>, boolean]>([
    ['window closed', before, {}, true],
    ['window open', after, {}, false],
    ['own extension keeps it open', before, { explanationDue: after }, false],
  ])('explanation window: %s', (_name, periodDue, own, passed) => {
    const facts = transitionFacts(period(null, periodDue), [unit('A', 'returned', own)], [], now);
    expect(facts.explanationDeadlinePassed).toBe(passed);
  });

  it('a returned unit whose round 1 adjusted nothing has nothing to explain and does not hold up round 2', () => {
    const facts = transitionFacts(
      period(null, after),
      [unit('A', 'returned', { hasAdjustments: false }), unit('B', 'returned')],
      [],
      now,
    );
    expect(facts.unitsExplaining).toEqual(['B']);
    const alone = transitionFacts(
      period(null, after),
      [unit('A', 'returned', { hasAdjustments: false })],
      [],
      now,
    );
    expect(alone.unitsExplaining).toEqual([]);
    expect(alone.explanationDeadlinePassed).toBe(true);
    expect(unmetPreconditions('explanation', 'final_appraisal', alone)).toEqual([]);
  });

  it('with nobody left to wait for, the deadlines count as passed', () => {
    const facts = transitionFacts(period(after, after), [unit('A', 'submitted')], [], now);
    expect(facts.selfAssessmentDeadlinePassed).toBe(true);
    expect(facts.explanationDeadlinePassed).toBe(true);
  });
});
