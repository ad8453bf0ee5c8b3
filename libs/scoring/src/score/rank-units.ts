import type { RankingOptions, TieBreaker, UnitScore } from '../model/score.types';
import { compareProducts } from '../decimal/compare-products';

type Rankable = Pick<UnitScore, 'group' | 'indexCenti' | 'pointsMilli' | 'maxMilli' | 'nodes'>;

/**
 * Competition ranks (1, 2, 2, 4) inside each group by the rounded index, descending; optional tie-breakers
 * separate equal indices in the order given. Units without an index (nothing applies) get null.
 * Returns one rank per unit, in input order; the result does not depend on that order.
 */
export function rankUnits(units: readonly Rankable[], options: RankingOptions = {}): (number | null)[] {
  const tieBreakers = options.tieBreakers ?? [];
  const byGroup = new Map<string, number[]>();
  units.forEach((unit, position) => {
    if (unit.indexCenti === null) return;
    const members = byGroup.get(unit.group);
    if (members) members.push(position);
    else byGroup.set(unit.group, [position]);
  });
  const ranks: (number | null)[] = units.map(() => null);
  const order = (a: number, b: number): number => compareUnits(units[a], units[b], tieBreakers);
  for (const members of byGroup.values()) {
    members.sort(order);
    members.forEach((position, place) => {
      const previous = members[place - 1];
      ranks[position] = place > 0 && order(previous, position) === 0 ? ranks[previous] : place + 1;
    });
  }
  return ranks;
}

/** Negative when `a` ranks before `b`. */
function compareUnits(a: Rankable, b: Rankable, tieBreakers: readonly TieBreaker[]): number {
  const byIndex = (b.indexCenti ?? -1) - (a.indexCenti ?? -1);
  if (byIndex !== 0) return byIndex;
  for (const tieBreaker of tieBreakers) {
    const difference = compareBy(tieBreaker, a, b);
    if (difference !== 0) return difference;
  }
  return 0;
}

function compareBy(tieBreaker: TieBreaker, a: Rankable, b: Rankable): number {
  switch (tieBreaker.by) {
    case 'points':
      return b.pointsMilli - a.pointsMilli;
    case 'exactIndex':
      // a.points / a.max vs b.points / b.max, cross-multiplied (both max > 0 for ranked units).
      return compareProducts(b.pointsMilli, a.maxMilli, 1, a.pointsMilli, b.maxMilli);
    case 'node':
      return (
        (b.nodes.get(tieBreaker.code)?.indexCenti ?? -1) - (a.nodes.get(tieBreaker.code)?.indexCenti ?? -1)
      );
  }
}
