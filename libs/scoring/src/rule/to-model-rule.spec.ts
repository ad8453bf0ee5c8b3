import type { Rule } from '../model/criteria-set.types';
import type { RuleV1 } from '../model/interchange-v1.types';
import { toModelRule } from './to-model-rule';

describe('toModelRule', () => {
  it('returns a model rule as it is', () => {
    const model: Rule = { kind: 'deduction', perItemMilli: 250 };
    expect(toModelRule(model)).toBe(model);
    const ratio: Rule = { kind: 'ratio', target: { units: 95, scale: 0 } };
    expect(toModelRule(ratio)).toBe(ratio);
  });

  it('reads a v1 rule into the exact model, without range checks', () => {
    expect(toModelRule({ kind: 'tiers', tiers: [{ min: '80.50', points: 99 }] })).toEqual({
      kind: 'tiers',
      tiers: [{ min: { units: 805, scale: 1 }, max: null, pointsMilli: 99000 }],
      otherwiseMilli: 0,
    });
    expect(toModelRule({ kind: 'ratio' })).toEqual({ kind: 'ratio', target: { units: 100, scale: 0 } });
    expect(toModelRule({ kind: 'boolean' })).toEqual({ kind: 'boolean' });
  });

  it('throws a TypeError naming every problem of an invalid v1 rule', () => {
    const invalid = { kind: 'tiers', tiers: [{ points: 1 }], otherwize: 0 } as unknown as RuleV1;
    expect(() => toModelRule(invalid)).toThrow(
      new TypeError(
        'Invalid rule: /otherwize field "otherwize" is not part of the v1 format (known: kind, tiers, otherwise).; ' +
          '/tiers/0 every tier needs a "min" or a "max" bound.',
      ),
    );
    expect(() => toModelRule({ kind: 'guess' } as unknown as RuleV1)).toThrow(TypeError);
    expect(() => toModelRule({ kind: 'boolean', max: 1 } as unknown as RuleV1)).toThrow(TypeError);
  });
});
