import { formatIndex } from './format-index';

describe('formatIndex', () => {
  it('prints 2 decimals with the Vietnamese comma', () => {
    expect(formatIndex(9720)).toBe('97,20');
    expect(formatIndex(7000, { locale: 'en' })).toBe('70.00');
  });

  it('prints a dash when nothing applies', () => {
    expect(formatIndex(null)).toBe('—');
  });
});
