import type { ExactDecimal } from '../model/criteria-set.types';
import type { DecimalV1 } from '../model/interchange-v1.types';
import { formatScaled } from './format-scaled';
import { parseExactDecimal } from './parse-exact-decimal';
import { POW10 } from './pow10';

/**
 * An exact decimal for a v1 document: a JSON number whenever the number reads back as the same decimal
 * (always, up to 15 significant digits), else its decimal text (`"9007199254740.991"`), so nothing is lost.
 */
export function decimalToJson(decimal: ExactDecimal): DecimalV1 {
  let { units, scale } = decimal;
  while (scale > 0 && units % 10 === 0) {
    units /= 10;
    scale -= 1;
  }
  const number = (units === 0 ? 0 : units) / POW10[scale];
  const back = parseExactDecimal(number);
  if (back !== null && back.units === units && back.scale === scale) return number;
  return formatScaled(units, scale, { locale: 'en', grouping: false });
}
