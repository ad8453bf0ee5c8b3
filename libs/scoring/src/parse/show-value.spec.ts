import { showValue } from './show-value';

describe('showValue', () => {
  it.each([
    [1.2345, '1.2345'],
    ['abc', '"abc"'],
    [null, 'null'],
    [undefined, '(không có / none)'],
    [{ a: 1 }, '{"a":1}'],
    ['x'.repeat(50), `"${'x'.repeat(36)}...`],
  ])('%p → %p', (value, expected) => {
    expect(showValue(value)).toBe(expected);
  });
});
