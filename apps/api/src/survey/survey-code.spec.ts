import {
  CODE_ALPHABET,
  CODE_LENGTH,
  newSurveyCode,
  normalizeSurveyCode,
  surveyCodeHash,
} from './survey-code';

describe('one-time survey codes', () => {
  it('uses an alphabet without look-alikes and carries at least 50 bits', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIlL]/);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_LENGTH).toBeGreaterThanOrEqual(10);
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(50);
  });

  it('makes distinct codes of the alphabet only, every symbol in use', () => {
    const codes = Array.from({ length: 2000 }, newSurveyCode);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set<string>();
    for (const code of codes) {
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
      for (const c of code) seen.add(c);
    }
    expect(seen.size).toBe(CODE_ALPHABET.length);
  });

  it('reads what people type: lower case, spaces and dashes', () => {
    expect(normalizeSurveyCode('k7m2 qx9p-wd4t')).toBe('K7M2QX9PWD4T');
    expect(normalizeSurveyCode('K7M2QX9PWD4')).toBeNull();
    expect(normalizeSurveyCode('K7M2QX9PWD40')).toBeNull(); // 0 is not in the alphabet
  });

  it('stores a SHA-256, never the code', () => {
    expect(surveyCodeHash('K7M2QX9PWD4T')).toMatch(/^[0-9a-f]{64}$/);
    expect(surveyCodeHash('K7M2QX9PWD4T')).not.toContain('K7M2');
  });
});
