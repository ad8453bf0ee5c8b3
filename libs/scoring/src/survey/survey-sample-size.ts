import { parseExactDecimal } from '../decimal/parse-exact-decimal';

/**
 * How many forms a survey group needs for a margin of error `margin` over a population of `population`
 * people (Yamane / Slovin): n = N / (1 + N·e²), rounded **up** to a whole form. `margin` is a fraction
 * (`0.05` = ±5 %), read from its decimal text, so the result is exact (no float error near an integer).
 * Throws a RangeError for a population that is not a whole number ≥ 1 or a margin outside (0, 1).
 */
export function surveySampleSize(population: number, margin: number | string): number {
  if (!Number.isSafeInteger(population) || population < 1)
    throw new RangeError(`population must be a whole number ≥ 1, got ${String(population)}`);
  const e = parseExactDecimal(margin);
  if (!e || e.units <= 0 || e.scale === 0)
    throw new RangeError(`margin must be a fraction between 0 and 1, got ${String(margin)}`);
  // e = u / 10^s  →  n = N·10^(2s) / (10^(2s) + N·u²), rounded up.
  const scale = 10n ** BigInt(2 * e.scale);
  const units = BigInt(e.units);
  if (units * units >= scale)
    throw new RangeError(`margin must be a fraction between 0 and 1, got ${String(margin)}`);
  const n = BigInt(population);
  const numerator = n * scale;
  const denominator = scale + n * units * units;
  return Number((numerator + denominator - 1n) / denominator);
}
