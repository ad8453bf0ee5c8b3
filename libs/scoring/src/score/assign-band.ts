import type { Band } from '../model/criteria-set.types';

/**
 * The first band, by threshold descending, whose threshold the index reaches (index ≥ minIndex);
 * null when the index is null or below every band. `bands` need not be sorted.
 */
export function assignBand(indexCenti: number | null, bands: readonly Band[]): Band | null {
  if (indexCenti === null) return null;
  let best: Band | null = null;
  for (const band of bands) {
    if (indexCenti >= band.minIndexCenti && (best === null || band.minIndexCenti > best.minIndexCenti))
      best = band;
  }
  return best;
}
