import { mulDivHalfUp } from '../decimal/mul-div-half-up';

/**
 * Index = points / applicable max × 100, rounded half-up to 2 decimals, in hundredths
 * (`computeIndex(9720, 10000)` → 9720, i.e. 97.20). Null when nothing applies (max 0).
 */
export function computeIndex(pointsMilli: number, maxMilli: number): number | null {
  if (maxMilli === 0) return null;
  return mulDivHalfUp(pointsMilli, 10000, 1, maxMilli);
}
