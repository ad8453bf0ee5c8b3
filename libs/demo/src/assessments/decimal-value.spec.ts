import { decimalValue } from './decimal-value';

describe('decimalValue', () => {
  it('turns units / 10^scale into a number', () => {
    expect(decimalValue({ units: 975, scale: 1 })).toBe(97.5);
    expect(decimalValue({ units: 3, scale: 0 })).toBe(3);
  });
});
