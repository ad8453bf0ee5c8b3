import { readCountOption } from './read-count-option';

describe('readCountOption', () => {
  it('reads whole numbers within bounds, with a fallback', () => {
    expect(readCountOption(undefined, '--top', 20)).toBe(20);
    expect(readCountOption('7', '--top', 20)).toBe(7);
    expect(readCountOption('0', '--seed', 1, 0)).toBe(0);
  });

  it.each([['0'], ['2.5'], ['ten'], ['']])('refuses %p', (value) => {
    expect(() => readCountOption(value, '--top', 20)).toThrow(/--top must be an integer from 1 to/);
  });
});
