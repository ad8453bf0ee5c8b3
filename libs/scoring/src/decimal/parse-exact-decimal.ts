import type { ExactDecimal } from '../model/criteria-set.types';
import { MAX_SCALE } from './pow10';

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a JSON number or numeric string as an exact decimal, from its decimal text
 * (`1.25` → 125 / 10^2), never through float arithmetic. Trailing fractional zeros are dropped.
 * Returns null for anything that is not a finite decimal with a safe-integer mantissa.
 */
export function parseExactDecimal(value: unknown): ExactDecimal | null {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { units: value === 0 ? 0 : value, scale: 0 };
    if (!Number.isFinite(value)) return null;
    return parseText(String(value));
  }
  return typeof value === 'string' ? parseText(value) : null;
}

function parseText(text: string): ExactDecimal | null {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let digits = whole + fraction;
  let scale = fraction.length - Number(exponent);
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  if (scale < 0) {
    if (-scale > 20) return null;
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  if (scale > MAX_SCALE) return null;
  const units = Number(digits);
  if (!Number.isSafeInteger(units)) return null;
  return { units: sign === '-' && units !== 0 ? -units : units, scale };
}
