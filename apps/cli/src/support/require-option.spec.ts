import { requireOption } from './require-option';

describe('requireOption', () => {
  it('passes a value through and refuses a missing one', () => {
    expect(requireOption('a.json', '--criteria')).toBe('a.json');
    expect(() => requireOption(undefined, '--criteria')).toThrow('missing --criteria.');
    expect(() => requireOption('', '--criteria')).toThrow('missing --criteria.');
  });
});
