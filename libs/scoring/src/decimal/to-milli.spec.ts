import { toMilli } from './to-milli';

describe('toMilli', () => {
  it.each([
    [1.25, 1250],
    ['15.753', 15753],
    [1.978, 1978],
    [2, 2000],
    [0.001, 1],
    [0, 0],
    ['0.5', 500],
  ])('%p → %p thousandths', (input, expected) => {
    expect(toMilli(input)).toBe(expected);
  });

  it.each([[1.2345], [1.0005], ['x'], [Number.NaN]])('throws a RangeError for %p', (input) => {
    expect(() => toMilli(input)).toThrow(RangeError);
  });
});
