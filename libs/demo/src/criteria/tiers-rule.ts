import type { RuleV1 } from '@par/scoring';

/**
 * A tiers rule from `[bound, points]` rows, first match wins, else 0: `'min'` rows read "value ≥ bound"
 * (highest bound first), `'max'` rows "value ≤ bound" (lowest first, for figures where less is better).
 */
export function tiersRule(
  bound: 'min' | 'max',
  rows: readonly (readonly [number, number])[],
): Extract<RuleV1, { kind: 'tiers' }> {
  return {
    kind: 'tiers',
    tiers: rows.map(([value, points]) => (bound === 'min' ? { min: value, points } : { max: value, points })),
    otherwise: 0,
  };
}
