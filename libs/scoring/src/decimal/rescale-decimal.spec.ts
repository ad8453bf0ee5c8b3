import { rescaleDecimal } from './rescale-decimal';

describe('rescaleDecimal', () => {
  it.each([
    [{ units: 125, scale: 2 }, 3, 1250],
    [{ units: 15753, scale: 3 }, 3, 15753],
    [{ units: 7, scale: 0 }, 2, 700],
    [{ units: -25, scale: 1 }, 3, -2500],
  ])('%p at scale %p is %p', (decimal, scale, expected) => {
    expect(rescaleDecimal(decimal, scale)).toBe(expected);
  });

  it('refuses more fractional digits than the scale', () => {
    expect(rescaleDecimal({ units: 12345, scale: 4 }, 3)).toBeNull();
  });

  it('refuses results outside the safe-integer range', () => {
    expect(rescaleDecimal({ units: 9_007_199_254_740, scale: 0 }, 6)).toBeNull();
  });
});
