import { surveySampleSize } from './survey-sample-size';

describe('surveySampleSize', () => {
  it.each([
    // N, e, n = ceil(N / (1 + N·e²))
    [1000, 0.05, 286], // 1000 / 3.5 = 285.71…
    [400, 0.05, 200], // 400 / 2 = 200 exactly: no rounding up
    [100, '0.1', 50], // 100 / 2
    [57, 0.05, 50], // 57 / 1.1425 = 49.89…
    [30, 0.05, 28], // 30 / 1.075 = 27.90…
    [1, 0.05, 1],
    [1_000_000, 0.05, 400], // 1e6 / 2501 = 399.84…
    [1_000_000, '0.03', 1110], // 1e6 / 901 = 1109.87…
  ])('N = %p, e = %p → %p', (population, margin, expected) => {
    expect(surveySampleSize(population, margin)).toBe(expected);
  });

  it('is never more than the population and grows with it', () => {
    let previous = 0;
    for (let population = 1; population <= 2000; population += 7) {
      const n = surveySampleSize(population, 0.05);
      expect(n).toBeLessThanOrEqual(population);
      expect(n).toBeGreaterThanOrEqual(previous);
      previous = n;
    }
  });

  it.each([
    [0, 0.05],
    [10.5, 0.05],
    [-3, 0.05],
    [100, 0],
    [100, 1],
    [100, 2],
    [100, -0.05],
    [100, 'x'],
  ])('refuses N = %p, e = %p', (population, margin) => {
    expect(() => surveySampleSize(population, margin)).toThrow(RangeError);
  });
});
