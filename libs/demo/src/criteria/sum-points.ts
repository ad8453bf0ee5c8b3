import { fromMilli, toMilli, type DecimalV1 } from '@par/scoring';

/** Σ of decimal points, summed exactly in thousandths (`sumPoints([0.1, 0.2])` → 0.3, not 0.30000000000000004). */
export function sumPoints(points: readonly DecimalV1[]): number {
  return fromMilli(points.reduce((total: number, p) => total + toMilli(p), 0));
}
