import { tiersRule } from './tiers-rule';

describe('tiersRule', () => {
  it('reads rows as "value ≥ bound" with min', () => {
    expect(
      tiersRule('min', [
        [100, 1],
        [80, 0.5],
      ]),
    ).toEqual({
      kind: 'tiers',
      tiers: [
        { min: 100, points: 1 },
        { min: 80, points: 0.5 },
      ],
      otherwise: 0,
    });
  });

  it('reads rows as "value ≤ bound" with max', () => {
    expect(tiersRule('max', [[0, 1]])).toEqual({
      kind: 'tiers',
      tiers: [{ max: 0, points: 1 }],
      otherwise: 0,
    });
  });
});
