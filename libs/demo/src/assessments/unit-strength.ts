import { createRandom } from '@par/scoring';
import type { AssessedUnit } from '../model/demo.types';
import { hashCode } from './hash-code';

/**
 * How well a unit does this time (0..1): its own `strength` (or one derived from its code, 0.72–0.96)
 * moved a little by the seed, so the same units lead year after year but ranks still change.
 */
export function unitStrength(unit: AssessedUnit, seed: number): number {
  const base = unit.strength ?? 0.72 + (0.24 * hashCode(unit.code)) / 2 ** 32;
  const jitter = 0.025 * createRandom(hashCode(seed, unit.code, 'strength')).normal();
  return Math.min(0.99, Math.max(0.3, base + jitter));
}
