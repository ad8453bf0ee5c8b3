import { readLang } from './lang';

describe('readLang', () => {
  it('is Vietnamese unless English is asked for', () => {
    expect(readLang(undefined)).toBe('vi');
    expect(readLang('vi')).toBe('vi');
    expect(readLang('en')).toBe('en');
  });

  it('refuses other languages', () => {
    expect(() => readLang('fr')).toThrow('--lang takes "vi" or "en", got "fr".');
  });
});
