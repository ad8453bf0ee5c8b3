import { formatFraction } from './format-fraction';

describe('formatFraction', () => {
  it.each([
    [{ numerator: 200, denominator: 3 }, 'vi' as const, '66,667'],
    [{ numerator: 2200, denominator: 30 }, 'en' as const, '73.333'],
    [{ numerator: 19500, denominator: 200 }, 'vi' as const, '97,5'],
    [{ numerator: 85, denominator: 1 }, 'vi' as const, '85'],
    [{ numerator: -5, denominator: 2 }, 'en' as const, '-2.5'],
  ])('%p in %p → %p', (fraction, locale, expected) => {
    expect(formatFraction(fraction, locale)).toBe(expected);
  });
});
