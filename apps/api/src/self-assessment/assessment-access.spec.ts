import type { Role } from '@par/contracts';
import { userOf, type Actor, type UserPrincipal } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import {
  branch,
  criteriaSetDocument,
  leaf,
  leafIn,
  parsed,
  smallCriteriaSet,
} from '../../test/support/criteria-set';
import {
  appraiserCovers,
  areaOf,
  assertBeforeDeadline,
  assertMayAct,
  coverageOf,
  deadlineOf,
  inheritedAgency,
  isUnitMember,
  mayRead,
} from './assessment-access';
import type { AssessmentContext } from './assessment-context.loader';
import type { Stage } from './assessment-stage';

const set = smallCriteriaSet();
const UNIT = 'unit-stp';
const OTHER = 'unit-sgd';

function user(role: Role, extra: Partial<UserPrincipal> = {}): UserPrincipal {
  return {
    kind: 'user',
    id: `id-${role}`,
    username: role,
    fullName: role,
    role,
    unitId: null,
    unitCode: null,
    areaCodes: [],
    ...extra,
  };
}
const actor = (principal: Actor['principal']): Actor => ({ principal, ip: null, requestId: null });
const apiKey = actor({ kind: 'api_key', id: 'key', name: 'Một cửa', scopes: ['indicators:write'] });

/** Who is who in these tables. */
const PEOPLE: Record<string, Actor> = {
  admin: actor(user('admin')),
  'appraiser (all areas)': actor(user('appraiser', { areaCodes: ['*'] })),
  'appraiser (area 2)': actor(user('appraiser', { areaCodes: ['2'] })),
  'appraiser (agency STP, no area)': actor(user('appraiser', { unitCode: 'STP' })),
  'head of the unit': actor(user('unit_head', { unitId: UNIT, unitCode: 'STP' })),
  'editor of the unit': actor(user('unit_editor', { unitId: UNIT, unitCode: 'STP' })),
  'head of another unit': actor(user('unit_head', { unitId: OTHER, unitCode: 'SGD' })),
  'viewer with a unit': actor(user('viewer', { unitId: UNIT })),
  surveyor: actor(user('surveyor', { unitId: UNIT })),
  'API key': apiKey,
  nobody: actor(null),
};

describe('areaOf', () => {
  it.each([
    ['1', '1'],
    ['1.1', '1'],
    ['2.2', '2'],
    ['9.9', '9.9'],
  ])('%s → area %s', (code, area) => {
    expect(areaOf(set, code)).toBe(area);
  });
});

describe('who is who', () => {
  it.each<[string, boolean, boolean]>([
    // person, isUnitMember(UNIT), mayRead(UNIT)
    ['admin', false, true],
    ['appraiser (all areas)', false, true],
    ['head of the unit', true, true],
    ['editor of the unit', true, true],
    ['head of another unit', false, false],
    ['viewer with a unit', false, false],
    ['surveyor', false, false],
    ['API key', false, false],
    ['nobody', false, false],
  ])('%s: member %s, may read %s', (person, member, read) => {
    expect(isUnitMember(PEOPLE[person], UNIT)).toBe(member);
    expect(mayRead(PEOPLE[person], UNIT)).toBe(read);
  });

  it.each<[string, string, boolean]>([
    ['admin', '2.2', true],
    ['appraiser (all areas)', '1.1', true],
    ['appraiser (area 2)', '2.1', true],
    ['appraiser (area 2)', '1.2', false],
    ['appraiser (agency STP, no area)', '1.1', true],
    ['appraiser (agency STP, no area)', '1.2', false],
    ['head of the unit', '1.1', false],
  ])('%s covers %s: %s', (person, code, covers) => {
    const principal = PEOPLE[person].principal as UserPrincipal;
    expect(appraiserCovers(principal, set, leafIn(set, code))).toBe(covers);
  });
});

describe('deadlines', () => {
  const PERIOD = {
    selfAssessmentDue: new Date('2026-03-31T16:59:59Z'),
    explanationDue: new Date('2026-06-30T16:59:59Z'),
  };
  type Deadlines = { selfAssessmentDue: Date | null; explanationDue: Date | null };
  const NONE: Deadlines = { selfAssessmentDue: null, explanationDue: null };
  const EXTENDED: Deadlines = { selfAssessmentDue: new Date('2026-04-10T16:59:59Z'), explanationDue: null };

  it.each<[string, Deadlines, 'self' | 'explanation', Date | null]>([
    ['the period’s self deadline', NONE, 'self', PERIOD.selfAssessmentDue],
    ['the period’s explanation deadline', NONE, 'explanation', PERIOD.explanationDue],
    ['the unit’s extension', EXTENDED, 'self', EXTENDED.selfAssessmentDue],
    [
      'the period’s where the unit has no extension for that stage',
      EXTENDED,
      'explanation',
      PERIOD.explanationDue,
    ],
  ])('%s', (_name, participation, stage, due) => {
    expect(deadlineOf({ period: PERIOD, participation }, stage)).toEqual(due);
  });

  it('has none when neither sets one', () => {
    expect(deadlineOf({ period: NONE, participation: NONE }, 'self')).toBeNull();
  });

  const due = new Date('2026-03-31T16:59:59.000Z');
  it.each<[string, Date | null, Date, boolean]>([
    ['no deadline', null, new Date('2030-01-01T00:00:00Z'), false],
    ['before', due, new Date('2026-03-31T16:59:58.999Z'), false],
    ['at the very millisecond', due, new Date('2026-03-31T16:59:59.000Z'), false],
    ['one millisecond late', due, new Date('2026-03-31T16:59:59.001Z'), true],
  ])('%s → late: %s', (_name, deadline, now, late) => {
    if (!late) return expect(() => assertBeforeDeadline(deadline, now)).not.toThrow();
    let error: unknown;
    try {
      assertBeforeDeadline(deadline, now);
    } catch (caught) {
      error = caught;
    }
    expect((error as DomainError).code).toBe('DEADLINE_PASSED');
    expect((error as DomainError).options).toEqual({
      detail: { vi: 'hạn 2026-03-31T16:59:59.000Z', en: 'due 2026-03-31T16:59:59.000Z' },
      extensions: { deadline: '2026-03-31T16:59:59.000Z' },
    });
  });
});

describe('assertMayAct', () => {
  const context = {
    unit: { id: UNIT },
    set,
    period: {
      selfAssessmentDue: new Date('2026-03-31T00:00:00Z'),
      explanationDue: new Date('2026-06-30T00:00:00Z'),
    },
    participation: { selfAssessmentDue: null, explanationDue: null },
  } as unknown as AssessmentContext;
  const BEFORE = new Date('2026-03-01T00:00:00Z');
  const BETWEEN = new Date('2026-05-01T00:00:00Z'); // self-assessment closed, explanation open

  /** [person, stage, leaf, now, outcome]: 'ok' or the error code. */
  it.each<[string, Stage, string, Date, string]>([
    ['editor of the unit', 'self', '1.2', BEFORE, 'ok'],
    ['head of the unit', 'self', '1.2', BETWEEN, 'DEADLINE_PASSED'],
    ['head of the unit', 'explanation', '1.2', BETWEEN, 'ok'],
    ['admin', 'self', '1.2', BETWEEN, 'ok'],
    ['head of another unit', 'self', '1.2', BEFORE, 'FORBIDDEN'],
    ['appraiser (all areas)', 'self', '1.2', BEFORE, 'FORBIDDEN'],
    ['API key', 'explanation', '1.2', BEFORE, 'FORBIDDEN'],
    ['appraiser (area 2)', 'round1', '2.1', BETWEEN, 'ok'],
    ['appraiser (area 2)', 'round2', '1.2', BETWEEN, 'LEAF_NOT_IN_SCOPE'],
    ['appraiser (agency STP, no area)', 'round1', '1.1', BETWEEN, 'ok'],
    ['admin', 'round2', '1.2', BETWEEN, 'ok'],
    ['head of the unit', 'round1', '1.2', BEFORE, 'FORBIDDEN'],
    ['API key', 'round1', '1.2', BEFORE, 'FORBIDDEN'],
  ])('%s in %s on %s → %s', (person, stage, code, now, outcome) => {
    const coverage = coverageOf(userOf(PEOPLE[person]), { id: UNIT, code: 'STP' }, []);
    const act = () => assertMayAct({ ...context, coverage }, stage, leafIn(set, code), PEOPLE[person], now);
    if (outcome === 'ok') return expect(act).not.toThrow();
    expect(act).toThrow(DomainError);
    try {
      act();
    } catch (error) {
      expect((error as DomainError).code).toBe(outcome);
    }
  });
});

describe('agencies inherited along the path', () => {
  const named = parsed(
    criteriaSetDocument([
      branch(
        '1',
        'Thể chế',
        [
          leaf('1.1', 'a', 1, { kind: 'manual' }),
          leaf('1.2', 'b', 1, { kind: 'manual' }, { leadAgency: 'SNV' }),
        ],
        {
          leadAgency: 'STP',
          responsibleAgency: 'Sở Tư pháp',
        },
      ),
      branch('2', 'Khác', [leaf('2.1', 'c', 1, { kind: 'manual' })]),
    ]),
  );

  it('takes the nearest node on the path that names one, the leaf itself included', () => {
    expect(inheritedAgency(named, '1.1', 'leadAgency')).toBe('STP');
    expect(inheritedAgency(named, '1.2', 'leadAgency')).toBe('SNV');
    expect(inheritedAgency(named, '1.2', 'responsibleAgency')).toBe('Sở Tư pháp');
    expect(inheritedAgency(named, '2.1', 'leadAgency')).toBeNull();
  });

  it('gives an appraiser of the lead agency the leaves of an area that names it (not only leaves that do)', () => {
    const stp = user('appraiser', { unitCode: 'STP' });
    expect(appraiserCovers(stp, named, leafIn(named, '1.1'))).toBe(true);
    expect(appraiserCovers(stp, named, leafIn(named, '1.2'))).toBe(false);
    expect(appraiserCovers(stp, named, leafIn(named, '2.1'))).toBe(false);
  });
});
