import type { ResultsV1 } from '../model/interchange-v1.types';
import type { UnitYearChange, YearComparison } from '../model/analysis.types';
import { parseExactDecimal } from '../decimal/parse-exact-decimal';
import { rescaleDecimal } from '../decimal/rescale-decimal';

/**
 * Year-over-year change per unit between two `results/v1` documents (e.g. last year's published snapshot
 * and this year's): index change (exact, from the 2-decimal indices) and rank change (positive = moved up).
 */
export function compareYears(previous: ResultsV1, current: ResultsV1): YearComparison {
  const before = new Map(previous.units.map((unit) => [unit.code, unit]));
  const units = current.units.map((unit): UnitYearChange => {
    const old = before.get(unit.code);
    const index = toCenti(unit.index);
    const previousIndex = toCenti(old?.index ?? null);
    const previousRank = old?.rank ?? null;
    return {
      code: unit.code,
      group: unit.group,
      index: unit.index,
      previousIndex: old?.index ?? null,
      indexChange: index === null || previousIndex === null ? null : (index - previousIndex) / 100,
      rank: unit.rank,
      previousRank,
      rankChange: unit.rank === null || previousRank === null ? null : previousRank - unit.rank,
      groupChanged: old !== undefined && old.group !== unit.group,
    };
  });
  const present = new Set(current.units.map((unit) => unit.code));
  return {
    units,
    dropped: previous.units.filter((unit) => !present.has(unit.code)).map((unit) => unit.code),
  };
}

/** An index from a results document (number or numeric string, ≤ 2 decimals) as exact hundredths. */
function toCenti(index: number | string | null): number | null {
  if (index === null) return null;
  const decimal = parseExactDecimal(index);
  const centi = decimal === null ? null : rescaleDecimal(decimal, 2);
  if (centi === null) throw new RangeError(`Not an index with at most 2 decimals: ${String(index)}`);
  return centi;
}
