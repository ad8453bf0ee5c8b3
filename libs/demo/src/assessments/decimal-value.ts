import type { ExactDecimal } from '@par/scoring';

/** An exact decimal as a JS number, for generating figures (never for scoring). */
export function decimalValue(decimal: ExactDecimal): number {
  return decimal.units / 10 ** decimal.scale;
}
