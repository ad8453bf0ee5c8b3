import { decimalToJson } from './decimal-to-json';

describe('decimalToJson', () => {
  it.each([
    [{ units: 125, scale: 2 }, 1.25],
    [{ units: 2000, scale: 3 }, 2],
    [{ units: 0, scale: 3 }, 0],
    [{ units: -0, scale: 0 }, 0],
    [{ units: -5, scale: 1 }, -0.5],
    [{ units: 123, scale: 15 }, 1.23e-13],
    [{ units: 15753, scale: 3 }, 15.753],
    [{ units: 999999999999999, scale: 0 }, 999999999999999],
    [{ units: 9007199254740991, scale: 0 }, 9007199254740991],
    // 16 significant digits: a number when the double prints back the same, else the text
    [{ units: -9007199254740991, scale: 15 }, -9.007199254740991],
    [{ units: 9007199254740991, scale: 3 }, '9007199254740.991'],
    [{ units: -9007199254740991, scale: 2 }, '-90071992547409.91'],
  ])('%p → %p', (decimal, expected) => {
    expect(Object.is(decimalToJson(decimal), expected)).toBe(true);
  });
});
