import { computeIndex } from './compute-index';

describe('computeIndex', () => {
  it.each([
    [9720, 10000, 9720],
    [3600, 9000, 4000],
    [2950, 3000, 9833],
    [2200, 3000, 7333],
    // exactly .005 → up: 1/32 = 3.125 % → 3.13
    [1, 32, 313],
    // just below .005 → down: 1/3 = 33.333… %
    [1, 3, 3333],
    // 2/3 = 66.666… % → 66.67
    [2, 3, 6667],
    [0, 5000, 0],
    [5000, 5000, 10000],
  ])('%p of %p → %p hundredths', (points, max, expected) => {
    expect(computeIndex(points, max)).toBe(expected);
  });

  it('is null when nothing applies', () => {
    expect(computeIndex(0, 0)).toBeNull();
  });
});
