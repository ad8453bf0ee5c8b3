import { parseExactDecimal } from './parse-exact-decimal';
import { rescaleDecimal } from './rescale-decimal';

/**
 * Points as integer thousandths, read from the decimal text: `toMilli(1.25)` → 1250, `toMilli('15.753')` → 15753.
 * Throws a RangeError for anything that is not a decimal with at most 3 fractional digits.
 */
export function toMilli(points: number | string): number {
  const decimal = parseExactDecimal(points);
  const milli = decimal === null ? null : rescaleDecimal(decimal, 3);
  if (milli === null) {
    throw new RangeError(`Not a decimal with at most 3 fractional digits: ${String(points)}`);
  }
  return milli;
}
