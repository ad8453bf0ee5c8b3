import { sumPoints } from './sum-points';

describe('sumPoints', () => {
  it('sums decimals exactly, numbers and numeric strings alike', () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints([0.75, '0.25', 1.5, 0.001])).toBe(2.501);
    expect(sumPoints([])).toBe(0);
  });

  it('refuses more than 3 decimals', () => {
    expect(() => sumPoints([0.0001])).toThrow(RangeError);
  });
});
