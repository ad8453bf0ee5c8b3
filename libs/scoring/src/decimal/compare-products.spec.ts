import fc from 'fast-check';
import { compareProducts } from './compare-products';

describe('compareProducts', () => {
  it.each<[number[], number[], number]>([
    [[85, 1, 1], [80, 1, 1], 1],
    [[80, 1, 1], [80, 1, 1], 0],
    [[795, 1, 1], [80, 10, 1], -1],
    [[-5, 10, 1], [-4, 10, 1], -1],
    [[2 ** 40, 2 ** 20, 1], [2 ** 60, 1, 1], 0],
    [[2 ** 40, 2 ** 20 + 1, 1], [2 ** 60, 1, 1], 1],
    [[3, 2 ** 30, 2 ** 30], [2 ** 61, 1, 1], 1],
  ])('sign(Π%p − Π%p) = %p', ([a, b, c], [d, e, f], expected) => {
    expect(compareProducts(a, b, c, d, e, f)).toBe(expected);
  });

  it('agrees with BigInt arithmetic', () => {
    const factor = fc.integer({ min: -(2 ** 31), max: 2 ** 31 });
    fc.assert(
      fc.property(
        fc.tuple(factor, factor, factor),
        fc.tuple(factor, factor, factor),
        ([a, b, c], [d, e, f]) => {
          const left = BigInt(a) * BigInt(b) * BigInt(c);
          const right = BigInt(d) * BigInt(e) * BigInt(f);
          return compareProducts(a, b, c, d, e, f) === (left === right ? 0 : left > right ? 1 : -1);
        },
      ),
    );
  });
});
