import fc from 'fast-check';
import { mulDivHalfUp } from './mul-div-half-up';

function reference(factors: number[], divisors: number[]): number {
  const numerator = factors.reduce((product, factor) => product * BigInt(factor), 1n);
  const denominator = divisors.reduce((product, divisor) => product * BigInt(divisor), 1n);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

describe('mulDivHalfUp', () => {
  it.each<[number[], number[], number]>([
    // half-up exactly at .5 and just below it
    [[1, 1, 1], [2], 1],
    [[3, 1, 1], [2], 2],
    [[5, 1, 1], [10], 1],
    [[4999, 1, 1], [10000], 0],
    [[5000, 1, 1], [10000], 1],
    // 0.0005 point of a leaf = 0.5 thousandth → 1 thousandth
    [[1000, 5, 1], [100, 100], 1],
    [[1000, 4, 1], [100, 100], 0],
    // 2 points × 99.99 % = 1.9998 → 2.000
    [[2000, 9999, 1], [100, 100], 2000],
    [[0, 7, 1], [3], 0],
  ])('round(Π%p / Π%p) = %p', ([a, b, c], [d, e, f], expected) => {
    expect(mulDivHalfUp(a, b, c, d, e, f)).toBe(expected);
  });

  it('stays exact beyond 2^53 (BigInt path)', () => {
    expect(mulDivHalfUp(2 ** 52, 3, 1, 2)).toBe(reference([2 ** 52, 3], [2]));
    expect(mulDivHalfUp(9_007_199_254_740_991, 10, 1, 10)).toBe(9_007_199_254_740_991);
    expect(mulDivHalfUp(3, 1, 1, 2 ** 40, 2 ** 20, 3)).toBe(0);
  });

  it('agrees with BigInt arithmetic for any non-negative inputs', () => {
    const factor = fc.integer({ min: 0, max: 2 ** 31 });
    const divisor = fc.integer({ min: 1, max: 2 ** 31 });
    fc.assert(
      fc.property(
        fc.tuple(factor, factor, factor),
        fc.tuple(divisor, divisor, divisor),
        ([a, b, c], [d, e, f]) => {
          return mulDivHalfUp(a, b, c, d, e, f) === reference([a, b, c], [d, e, f]);
        },
      ),
    );
  });
});
