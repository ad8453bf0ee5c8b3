import { parseExactDecimal } from './parse-exact-decimal';

describe('parseExactDecimal', () => {
  it.each([
    [1.25, { units: 125, scale: 2 }],
    ['1.25', { units: 125, scale: 2 }],
    ['1.250', { units: 125, scale: 2 }],
    [15.753, { units: 15753, scale: 3 }],
    [0.1, { units: 1, scale: 1 }],
    [99.99, { units: 9999, scale: 2 }],
    [2, { units: 2, scale: 0 }],
    ['2.000', { units: 2, scale: 0 }],
    [1e-7, { units: 1, scale: 7 }],
    ['1.5e3', { units: 1500, scale: 0 }],
    ['12E-1', { units: 12, scale: 1 }],
    [-2.5, { units: -25, scale: 1 }],
    [-0, { units: 0, scale: 0 }],
    ['-0.0', { units: 0, scale: 0 }],
  ])('reads %p exactly as %p', (input, expected) => {
    expect(parseExactDecimal(input)).toEqual(expected);
  });

  it.each([
    ['abc'],
    ['1,25'],
    [' 1'],
    [''],
    ['.5'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [true],
    [null],
    [undefined],
    [{}],
    [[1]],
    // 0.30000000000000004 needs 17 fractional digits: beyond what is kept exact
    [0.1 + 0.2],
    [1e21],
    ['1e-400'],
  ])('refuses %p', (input) => {
    expect(parseExactDecimal(input)).toBeNull();
  });
});
