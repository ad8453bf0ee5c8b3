import { createHash, randomBytes } from 'node:crypto';

/** No look-alikes: no 0/O, 1/I/L (31 symbols, ≈ 4.95 bits each). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 12 symbols ≈ 59.4 bits of randomness (DESIGN asks ≥ 10 characters and ≥ 50 bits). */
export const CODE_LENGTH = 12;

/** A fresh one-time code, uniform over the alphabet (rejection sampling: no modulo bias). */
export function newSurveyCode(): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of randomBytes(CODE_LENGTH * 2)) {
      if (byte >= limit) continue;
      code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
      if (code.length === CODE_LENGTH) break;
    }
  }
  return code;
}

/** What a person typed or scanned → the code: case and spaces/dashes ignored; null if it cannot be one. */
export function normalizeSurveyCode(text: string): string | null {
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** What is stored instead of the code. */
export function surveyCodeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
