import { formatPoints } from './format-points';

describe('formatPoints', () => {
  it('uses the Vietnamese decimal comma by default and 3 decimals', () => {
    expect(formatPoints(15753)).toBe('15,753');
    expect(formatPoints(9720)).toBe('9,720');
  });

  it('offers English and trimmed forms', () => {
    expect(formatPoints(15753, { locale: 'en' })).toBe('15.753');
    expect(formatPoints(9720, { trimZeros: true })).toBe('9,72');
  });
});
