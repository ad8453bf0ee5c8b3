import { EXACT_LIMIT } from './exact-limits';

/**
 * round-half-up(a × b × c / (d × e × f)) for non-negative safe integers (divisors > 0), exactly: doubles while
 * both products stay ≤ 2^52, BigInt beyond. Scalar arguments keep the scoring loop free of allocations.
 * This is the one rounding step of a leaf (and of an index).
 */
export function mulDivHalfUp(a: number, b: number, c: number, d: number, e = 1, f = 1): number {
  const numerator = a * b * c;
  const denominator = d * e * f;
  if (numerator <= EXACT_LIMIT && denominator <= EXACT_LIMIT) {
    let quotient = Math.floor(numerator / denominator);
    let remainder = numerator - quotient * denominator;
    if (remainder < 0) {
      quotient -= 1;
      remainder += denominator;
    } else if (remainder >= denominator) {
      quotient += 1;
      remainder -= denominator;
    }
    return 2 * remainder >= denominator ? quotient + 1 : quotient;
  }
  const bigNumerator = BigInt(a) * BigInt(b) * BigInt(c);
  const bigDenominator = BigInt(d) * BigInt(e) * BigInt(f);
  const quotient = bigNumerator / bigDenominator;
  return Number(2n * (bigNumerator % bigDenominator) >= bigDenominator ? quotient + 1n : quotient);
}
