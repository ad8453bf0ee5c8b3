import { fromCenti } from './from-centi';

describe('fromCenti', () => {
  it.each([
    [9720, 97.2],
    [7333, 73.33],
    [10000, 100],
    [1, 0.01],
  ])('%p hundredths print as %p', (centi, expected) => {
    expect(JSON.stringify(fromCenti(centi))).toBe(String(expected));
  });
});
