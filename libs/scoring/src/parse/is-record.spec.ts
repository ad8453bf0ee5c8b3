import { isRecord } from './is-record';

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['x', false],
    [1, false],
  ])('%p → %p', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});
