import fc from 'fast-check';
import type { NodeScore } from '../model/score.types';
import { rankUnits } from './rank-units';

function entry(
  group: string,
  indexCenti: number | null,
  pointsMilli = 0,
  maxMilli = 1,
  area: number | null = null,
) {
  const nodes = new Map<string, NodeScore>([
    ['1', { code: '1', pointsMilli: 0, maxMilli: 0, indexCenti: area }],
  ]);
  return { group, indexCenti, pointsMilli, maxMilli, nodes };
}

describe('rankUnits', () => {
  it('uses competition ranking for ties (1, 2, 2, 4)', () => {
    expect(rankUnits([entry('g', 9720), entry('g', 7750), entry('g', 4000), entry('g', 7750)])).toEqual([
      1, 2, 4, 2,
    ]);
  });

  it('ranks three-way ties at the top and skips accordingly', () => {
    expect(rankUnits([entry('g', 8000), entry('g', 8000), entry('g', 8000), entry('g', 7999)])).toEqual([
      1, 1, 1, 4,
    ]);
  });

  it('ranks each group on its own; a group of one is rank 1', () => {
    expect(
      rankUnits([entry('departments', 5000), entry('districts', 7000), entry('departments', 6000)]),
    ).toEqual([2, 1, 1]);
  });

  it('gives no rank when nothing applies', () => {
    expect(rankUnits([entry('g', null), entry('g', 0)])).toEqual([null, 1]);
  });

  it('breaks ties by the unrounded index when asked', () => {
    // 77.504 % and 77.496 % both round to 77.50
    const a = entry('g', 7750, 77504, 100000);
    const b = entry('g', 7750, 77496, 100000);
    expect(rankUnits([b, a])).toEqual([1, 1]);
    expect(rankUnits([b, a], { tieBreakers: [{ by: 'exactIndex' }] })).toEqual([2, 1]);
  });

  it('breaks ties by points, then by a node index, in order', () => {
    const a = entry('g', 8000, 8000, 10000, 9000);
    const b = entry('g', 8000, 7200, 9000, 9500);
    const c = entry('g', 8000, 7200, 9000, 9100);
    expect(rankUnits([a, b, c], { tieBreakers: [{ by: 'points' }] })).toEqual([1, 2, 2]);
    expect(rankUnits([a, b, c], { tieBreakers: [{ by: 'points' }, { by: 'node', code: '1' }] })).toEqual([
      1, 2, 3,
    ]);
    expect(rankUnits([a, b, c], { tieBreakers: [{ by: 'node', code: '1' }] })).toEqual([3, 1, 2]);
    // equal on every tie-breaker: still shared
    expect(rankUnits([a, a], { tieBreakers: [{ by: 'exactIndex' }, { by: 'points' }] })).toEqual([1, 1]);
  });

  it('does not depend on the input order', () => {
    const units = fc.array(
      fc.record({
        group: fc.constantFrom('a', 'b', 'c'),
        indexCenti: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        units.chain((list) =>
          fc
            .shuffledSubarray(
              list.map((_, i) => i),
              { minLength: list.length, maxLength: list.length },
            )
            .map((order) => ({ list, order })),
        ),
        ({ list, order }) => {
          const entries = list.map((u) => entry(u.group, u.indexCenti));
          const ranks = rankUnits(entries);
          const shuffled = rankUnits(order.map((i) => entries[i]));
          return order.every((original, position) => shuffled[position] === ranks[original]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
