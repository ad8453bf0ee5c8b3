import fc from 'fast-check';
import { DEFAULT_SURVEY_OPTIONS_V1, ruleWithMax } from '../__fixtures__/rule-arbitraries';
import type { Rule } from '../model/criteria-set.types';
import type { RuleV1 } from '../model/interchange-v1.types';
import { validateRule } from '../parse/validate-rule';
import { canonicalRuleV1 } from './canonical-rule-v1';

describe('canonicalRuleV1', () => {
  it.each<[RuleV1, RuleV1]>([
    [{ kind: 'manual' }, { kind: 'manual' }],
    [{ kind: 'boolean' }, { kind: 'boolean' }],
    [
      {
        kind: 'tiers',
        tiers: [
          { points: '1.500', max: '20.0', min: 0, label: 'Đạt' },
          { min: 80, points: 2 },
        ],
      },
      {
        kind: 'tiers',
        tiers: [
          { min: 0, max: 20, points: 1.5, label: 'Đạt' },
          { min: 80, points: 2 },
        ],
        otherwise: 0,
      },
    ],
    [
      { kind: 'tiers', tiers: [{ max: '-0.25', points: 0 }], otherwise: '0.125' },
      { kind: 'tiers', tiers: [{ max: -0.25, points: 0 }], otherwise: 0.125 },
    ],
    [{ kind: 'ratio' }, { kind: 'ratio', target: 100 }],
    [
      { kind: 'ratio', target: '95.50' },
      { kind: 'ratio', target: 95.5 },
    ],
    [
      { kind: 'deduction', perItem: '0.250' },
      { kind: 'deduction', perItem: 0.25 },
    ],
    [{ kind: 'survey' }, { kind: 'survey', options: DEFAULT_SURVEY_OPTIONS_V1 }],
    [
      {
        kind: 'survey',
        options: [
          { label: 'Rất tốt', excluded: false, percent: '100.0', code: 'A' },
          { code: 'X', percent: 12.5, excluded: true },
        ],
      },
      {
        kind: 'survey',
        options: [
          { code: 'A', percent: 100, label: 'Rất tốt' },
          { code: 'X', percent: 12.5, excluded: true },
        ],
      },
    ],
    [
      { kind: 'tiers', tiers: [{ min: '9007199254740.991', points: 1 }] },
      { kind: 'tiers', tiers: [{ min: '9007199254740.991', points: 1 }], otherwise: 0 },
    ],
  ])('%j → %j', (rule, canonical) => {
    const result = canonicalRuleV1(rule);
    expect(result).toStrictEqual(canonical);
    // keys in a fixed order, so the JSON text itself compares
    expect(JSON.stringify(result)).toBe(JSON.stringify(canonical));
  });

  it('gives the same form for a model rule', () => {
    const model: Rule = {
      kind: 'tiers',
      tiers: [{ min: { units: 805, scale: 1 }, max: null, pointsMilli: 1250, label: '' }],
      otherwiseMilli: 500,
    };
    expect(canonicalRuleV1(model)).toStrictEqual({
      kind: 'tiers',
      tiers: [{ min: 80.5, points: 1.25, label: '' }],
      otherwise: 0.5,
    });
    const survey = validateRule({ kind: 'survey' }, 1);
    expect(survey.ok && canonicalRuleV1(survey.value)).toStrictEqual({
      kind: 'survey',
      options: DEFAULT_SURVEY_OPTIONS_V1,
    });
  });

  it('scores alike: the canonical form validates to the same exact rule, and is a fixed point', () => {
    fc.assert(
      fc.property(ruleWithMax, ({ maxPoints, rule }) => {
        const canonical = canonicalRuleV1(rule);
        const original = validateRule(rule, maxPoints);
        expect(original.ok).toBe(true);
        expect(validateRule(canonical, maxPoints)).toStrictEqual(original);
        expect(canonicalRuleV1(canonical)).toStrictEqual(canonical);
      }),
    );
  });
});
