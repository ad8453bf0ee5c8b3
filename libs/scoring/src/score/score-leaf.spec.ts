import type { RuleV1 } from '../model/interchange-v1.types';
import { makeInput, makeLeaf } from '../__fixtures__/make-set';
import { scoreLeaf } from './score-leaf';

const TIERS_MIN: RuleV1 = {
  kind: 'tiers',
  tiers: [
    { min: 100, points: 2 },
    { min: 80, points: 1 },
  ],
  otherwise: 0,
};
/** Lower is better: e.g. days late. */
const TIERS_MAX: RuleV1 = {
  kind: 'tiers',
  tiers: [
    { max: 0, points: 2 },
    { max: 5, points: 1.25 },
  ],
  otherwise: 0.5,
};
const TIERS_RANGE: RuleV1 = { kind: 'tiers', tiers: [{ min: 40, max: 60, points: 1 }] };
const SURVEY_WITH_E: RuleV1 = {
  kind: 'survey',
  options: [
    { code: 'A', percent: 100 },
    { code: 'B', percent: 60 },
    { code: 'C', percent: 20 },
    { code: 'D', percent: 0 },
    { code: 'E', percent: 0, excluded: true },
  ],
};

function score(rule: RuleV1, maxPoints: number, raw: unknown) {
  const leaf = makeLeaf(rule, maxPoints);
  return scoreLeaf(leaf, makeInput(leaf, raw));
}

describe('scoreLeaf', () => {
  describe.each<[string, RuleV1, number, unknown, number]>([
    ['boolean true → max', { kind: 'boolean' }, 1, { value: true }, 1000],
    ['boolean false → 0', { kind: 'boolean' }, 1, { value: false }, 0],
    ['tiers min: 100 → first tier', TIERS_MIN, 2, { value: 100 }, 2000],
    ['tiers min: exactly 80 → second tier', TIERS_MIN, 2, { value: 80 }, 1000],
    ['tiers min: 79.999 → otherwise', TIERS_MIN, 2, { value: 79.999 }, 0],
    ['tiers min: 17/20 = 85 % → second tier', TIERS_MIN, 2, { numerator: 17, denominator: 20 }, 1000],
    ['tiers min: 1/1 = 100 % → first tier', TIERS_MIN, 2, { numerator: 1, denominator: 1 }, 2000],
    ['tiers max: 0 → first tier', TIERS_MAX, 2, { value: 0 }, 2000],
    ['tiers max: exactly 5 → second tier', TIERS_MAX, 2, { value: 5 }, 1250],
    ['tiers max: 5.001 → otherwise', TIERS_MAX, 2, { value: 5.001 }, 500],
    ['tiers min+max: inside', TIERS_RANGE, 1, { value: 60 }, 1000],
    ['tiers min+max: above → default otherwise 0', TIERS_RANGE, 1, { value: 60.5 }, 0],
    ['ratio: 97.5 % of target 100', { kind: 'ratio', target: 100 }, 2, { value: 97.5 }, 1950],
    ['ratio: 195/200', { kind: 'ratio' }, 2, { numerator: 195, denominator: 200 }, 1950],
    ['ratio above target → max', { kind: 'ratio', target: 90 }, 2, { value: 95 }, 2000],
    ['ratio exactly at target → max', { kind: 'ratio', target: 90 }, 2, { value: 90 }, 2000],
    ['ratio: half the target', { kind: 'ratio', target: 90 }, 2, { value: 45 }, 1000],
    ['ratio: 99.99 % of 2 = 1.9998 → 2.000 (half-up)', { kind: 'ratio' }, 2, { value: 99.99 }, 2000],
    ['ratio: 0.0005 point rounds up to 0.001', { kind: 'ratio' }, 1, { value: 0.05 }, 1],
    ['ratio: 0.0004 point rounds down to 0', { kind: 'ratio' }, 1, { value: 0.04 }, 0],
    ['ratio: 1/3 of 1 point = 0.333', { kind: 'ratio' }, 1, { numerator: 1, denominator: 3 }, 333],
    ['ratio: 2/3 of 1 point = 0.667', { kind: 'ratio' }, 1, { numerator: 2, denominator: 3 }, 667],
    ['deduction: 1 × 0.25 from 1', { kind: 'deduction', perItem: 0.25 }, 1, { count: 1 }, 750],
    ['deduction: 0 items → max', { kind: 'deduction', perItem: 0.25 }, 1, { count: 0 }, 1000],
    ['deduction: exactly down to 0', { kind: 'deduction', perItem: 0.25 }, 1, { count: 4 }, 0],
    ['deduction: floor at 0', { kind: 'deduction', perItem: 0.25 }, 1, { count: 5 }, 0],
    [
      'survey counts, E excluded: 84 % of 3',
      SURVEY_WITH_E,
      3,
      { counts: { A: 20, B: 8, C: 2, D: 0, E: 3 } },
      2520,
    ],
    ['survey counts: 73.33 % of 3 = 2.2', SURVEY_WITH_E, 3, { counts: { A: 15, B: 10, C: 5 } }, 2200],
    ['survey default options (E excluded)', { kind: 'survey' }, 1, { counts: { A: 1, B: 1, E: 100 } }, 800],
    ['survey meanPercent 70 of 3', { kind: 'survey' }, 3, { meanPercent: 70 }, 2100],
    ['survey meanPercent: 0.0005 point rounds up', { kind: 'survey' }, 1, { meanPercent: 0.05 }, 1],
    ['survey meanPercent 33.3335 of 1 → 0.333', { kind: 'survey' }, 1, { meanPercent: 33.3335 }, 333],
    [
      'survey meanPercent 33.35 of 1 = 0.3335 → 0.334 (half-up)',
      { kind: 'survey' },
      1,
      { meanPercent: 33.35 },
      334,
    ],
    ['survey counts, 1/3 weighted: 0.6667 → 0.667', { kind: 'survey' }, 1, { counts: { A: 2, D: 1 } }, 667],
    ['manual: given points', { kind: 'manual' }, 1, { points: 0.75 }, 750],
    ['points win over figures', { kind: 'ratio' }, 2, { value: 50, points: 1.25 }, 1250],
  ])('%s', (_name, rule, maxPoints, raw, expectedMilli) => {
    it(`scores ${expectedMilli} thousandths`, () => {
      const result = score(rule, maxPoints, raw);
      expect(result.pointsMilli).toBe(expectedMilli);
      expect(result.maxMilli).toBe(maxPoints * 1000);
      expect(result.missing).toBe(false);
      expect(result.notApplicable).toBe(false);
    });
  });

  it('explains a matched tier by its index and the exact value', () => {
    expect(score(TIERS_MIN, 2, { numerator: 17, denominator: 20 }).explanation).toEqual({
      case: 'tiers',
      measure: {
        kind: 'ratio',
        numerator: { units: 17, scale: 0 },
        denominator: { units: 20, scale: 0 },
      },
      value: { numerator: 1700, denominator: 20 },
      tierIndex: 1,
    });
    expect(score(TIERS_MIN, 2, { value: 79.5 }).explanation).toMatchObject({
      case: 'tiers',
      tierIndex: null,
    });
  });

  it('marks ratio capping and deduction flooring', () => {
    expect(score({ kind: 'ratio', target: 90 }, 2, { value: 95 }).explanation).toMatchObject({
      capped: true,
    });
    expect(score({ kind: 'ratio', target: 90 }, 2, { value: 45 }).explanation).toMatchObject({
      capped: false,
    });
    expect(score({ kind: 'deduction', perItem: 0.25 }, 1, { count: 5 }).explanation).toEqual({
      case: 'deduction',
      count: 5,
      deductedMilli: 1250,
      floored: true,
    });
    expect(score({ kind: 'deduction', perItem: 0.25 }, 1, { count: 4 }).explanation).toMatchObject({
      floored: false,
    });
  });

  it('counts answers and excluded answers of a survey', () => {
    expect(score(SURVEY_WITH_E, 3, { counts: { A: 20, B: 8, C: 2, D: 0, E: 3 } }).explanation).toEqual({
      case: 'surveyCounts',
      counted: 30,
      excluded: 3,
      meanPercent: { numerator: 2520, denominator: 30 },
    });
  });

  it('scores 0 and flags missing when there is no input', () => {
    const leaf = makeLeaf({ kind: 'boolean' }, 1);
    expect(scoreLeaf(leaf, undefined)).toEqual({
      code: '1.1',
      pointsMilli: 0,
      maxMilli: 1000,
      notApplicable: false,
      missing: true,
      explanation: { case: 'missing', reason: 'noInput' },
    });
    expect(scoreLeaf(leaf, makeInput(leaf, { comment: 'chưa có' }))).toMatchObject({
      pointsMilli: 0,
      missing: true,
    });
  });

  it.each([[{ counts: {} }], [{ counts: { E: 12 } }], [{ counts: { A: 0, B: 0 } }]])(
    'scores a survey without counted answers (%p) 0 and flags it missing',
    (raw) => {
      const result = score(SURVEY_WITH_E, 3, raw);
      expect(result).toMatchObject({ pointsMilli: 0, maxMilli: 3000, missing: true });
      expect(result.explanation).toEqual({ case: 'missing', reason: 'noCountedAnswers' });
    },
  );

  it('takes a not-applicable leaf out of both points and max', () => {
    expect(score({ kind: 'manual' }, 1, { notApplicable: true })).toEqual({
      code: '1.1',
      pointsMilli: 0,
      maxMilli: 0,
      notApplicable: true,
      missing: false,
      explanation: { case: 'notApplicable' },
    });
  });

  it('keeps what the figures alone would score beside an override', () => {
    expect(score({ kind: 'ratio' }, 2, { value: 50, points: 1.25 }).explanation).toEqual({
      case: 'override',
      measured: {
        pointsMilli: 1000,
        explanation: expect.objectContaining({ case: 'ratio', capped: false }),
      },
    });
    expect(score({ kind: 'manual' }, 1, { points: 1 }).explanation).toEqual({
      case: 'override',
      measured: null,
    });
  });

  it('refuses a hand-built input the rule cannot score', () => {
    const leaf = makeLeaf({ kind: 'boolean' }, 1);
    expect(() => scoreLeaf(leaf, { measure: { kind: 'count', count: 2 } })).toThrow(
      'Leaf 1.1: rule "boolean" cannot score a "count" input',
    );
  });
});
