import type { Fraction } from '../model/score.types';
import { formatScaled, type Locale } from './format-scaled';
import { mulDivHalfUp } from './mul-div-half-up';

/** An exact fraction for display: half-up to 3 decimals, trailing zeros dropped (`2/3 × 100` → `66,667`). */
export function formatFraction(fraction: Fraction, locale: Locale = 'vi'): string {
  const magnitude = mulDivHalfUp(Math.abs(fraction.numerator), 1000, 1, fraction.denominator);
  return formatScaled(fraction.numerator < 0 ? -magnitude : magnitude, 3, { locale, trimZeros: true });
}
