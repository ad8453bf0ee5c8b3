import { formatScaled } from './format-scaled';

describe('formatScaled', () => {
  it.each([
    [1978, 3, {}, '1,978'],
    [1978, 3, { locale: 'en' as const }, '1.978'],
    [1234500, 3, {}, '1.234,500'],
    [1234500, 3, { locale: 'en' as const }, '1,234.500'],
    [9720, 3, { trimZeros: true }, '9,72'],
    [10000, 3, { trimZeros: true }, '10'],
    [5, 3, {}, '0,005'],
    [-250, 3, {}, '-0,250'],
    [42, 0, {}, '42'],
    [1234500, 3, { grouping: false, trimZeros: true }, '1234,5'],
    [-1234500, 3, { locale: 'en' as const, grouping: false }, '-1234.500'],
  ])('%p / 10^%p with %p → %p', (units, scale, options, expected) => {
    expect(formatScaled(units, scale, options)).toBe(expected);
  });
});
