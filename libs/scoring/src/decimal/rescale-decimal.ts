import type { ExactDecimal } from '../model/criteria-set.types';
import { POW10 } from './pow10';

/**
 * The decimal as an integer count of 10^-scale (e.g. scale 3 → thousandths), or null when it has more
 * fractional digits than `scale` or would leave the safe-integer range.
 */
export function rescaleDecimal(decimal: ExactDecimal, scale: number): number | null {
  if (decimal.scale > scale) return null;
  const scaled = decimal.units * POW10[scale - decimal.scale];
  return Number.isSafeInteger(scaled) ? scaled : null;
}
