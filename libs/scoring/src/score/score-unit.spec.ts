import fc from 'fast-check';
import type { CriteriaNodeV1, LeafInputV1, UnitAssessmentV1 } from '../model/interchange-v1.types';
import { criteriaNodes, leavesOf, unitAssessment } from '../__fixtures__/arbitraries';
import { makeSet, makeUnit } from '../__fixtures__/make-set';
import { scoreUnit } from './score-unit';

const NODES: CriteriaNodeV1[] = [
  {
    code: '1',
    title: 'Lĩnh vực 1',
    maxPoints: 6,
    children: [
      { code: '1.1', title: 'a', maxPoints: 2, rule: { kind: 'manual' } },
      { code: '1.2', title: 'b', maxPoints: 4, rule: { kind: 'manual' } },
    ],
  },
  {
    code: '2',
    title: 'Lĩnh vực 2',
    maxPoints: 4,
    children: [{ code: '2.1', title: 'c', maxPoints: 4, rule: { kind: 'manual' } }],
  },
];
const SET = makeSet(NODES, { adjustments: { bonusMax: 1, penaltyMax: 2 } });

function unit(items: Record<string, LeafInputV1>, extra: Partial<UnitAssessmentV1> = {}) {
  return scoreUnit(SET, makeUnit(SET, { code: 'U', group: 'g', items, ...extra }));
}

const points = (p1: number, p2: number, p3: number): Record<string, LeafInputV1> => ({
  '1.1': { points: p1 },
  '1.2': { points: p2 },
  '2.1': { points: p3 },
});

describe('scoreUnit', () => {
  it.each<
    [
      string,
      Record<string, LeafInputV1>,
      Partial<UnitAssessmentV1>,
      number,
      number,
      number | null,
      string | null,
    ]
  >([
    ['no adjustment', points(1, 2, 3), {}, 6000, 10000, 6000, null],
    ['bonus within the cap', points(1, 2, 3), { bonus: 0.5 }, 6500, 10000, 6500, null],
    ['bonus over the cap → capped at 1', points(1, 2, 3), { bonus: 1.5 }, 7000, 10000, 7000, null],
    ['penalty over the cap → capped at 2', points(1, 2, 3), { penalty: 3 }, 4000, 10000, 4000, null],
    ['bonus and penalty together', points(1, 2, 3), { bonus: 0.25, penalty: 0.75 }, 5500, 10000, 5500, null],
    ['clamp at 0', points(0.5, 0, 0), { penalty: 2 }, 0, 10000, 0, 'zero'],
    ['clamp at max', points(2, 4, 4), { bonus: 1 }, 10000, 10000, 10000, 'max'],
    [
      'N/A leaves points and max',
      { ...points(2, 0, 3), '1.2': { notApplicable: true } },
      {},
      5000,
      6000,
      8333,
      null,
    ],
    [
      'nothing applicable → no index',
      { '1.1': { notApplicable: true }, '1.2': { notApplicable: true }, '2.1': { notApplicable: true } },
      { bonus: 1 },
      0,
      0,
      null,
      'max',
    ],
  ])('%s', (_name, items, extra, pointsMilli, maxMilli, indexCenti, clampedTo) => {
    const result = unit(items, extra);
    expect(result.pointsMilli).toBe(pointsMilli);
    expect(result.maxMilli).toBe(maxMilli);
    expect(result.indexCenti).toBe(indexCenti);
    expect(result.adjustment.clampedTo).toBe(clampedTo);
  });

  it('reports the capped and the given adjustments', () => {
    expect(unit(points(1, 2, 3), { bonus: 1.5, penalty: 3 }).adjustment).toEqual({
      bonusGivenMilli: 1500,
      penaltyGivenMilli: 3000,
      bonusMilli: 1000,
      penaltyMilli: 2000,
      clampedTo: null,
    });
  });

  it('sums children into every node, with component indices', () => {
    const result = unit({ ...points(2, 0, 3), '1.2': { notApplicable: true } });
    expect([...result.nodes.values()].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: '1', pointsMilli: 2000, maxMilli: 2000, indexCenti: 10000 },
      { code: '1.1', pointsMilli: 2000, maxMilli: 2000, indexCenti: 10000 },
      { code: '1.2', pointsMilli: 0, maxMilli: 0, indexCenti: null },
      { code: '2', pointsMilli: 3000, maxMilli: 4000, indexCenti: 7500 },
      { code: '2.1', pointsMilli: 3000, maxMilli: 4000, indexCenti: 7500 },
    ]);
    expect(result.areasMilli).toBe(5000);
  });

  it('lists missing leaves in set order', () => {
    expect(unit({ '1.2': { points: 1 } }).missing).toEqual(['1.1', '2.1']);
    expect(unit(points(1, 1, 1)).missing).toEqual([]);
  });

  it('keeps the unit name when there is one', () => {
    expect(unit({}, { name: 'Sở Tư pháp' }).name).toBe('Sở Tư pháp');
    expect(unit({})).not.toHaveProperty('name');
  });

  describe('properties', () => {
    const withAdjustments = { adjustments: { bonusMax: 2, penaltyMax: 3 } };
    const scenario = (adjustments: boolean) =>
      criteriaNodes.chain((nodes) =>
        unitAssessment(nodes, 'U', fc.constant('g'), adjustments).map((assessment) => ({
          nodes,
          assessment,
        })),
      );

    it('keeps every index within [0, 100]', () => {
      fc.assert(
        fc.property(scenario(true), ({ nodes, assessment }) => {
          const set = makeSet(nodes, withAdjustments);
          const result = scoreUnit(set, makeUnit(set, assessment));
          const indices = [result.indexCenti, ...[...result.nodes.values()].map((node) => node.indexCenti)];
          return indices.every((index) => index === null || (index >= 0 && index <= 10000));
        }),
        { numRuns: 200 },
      );
    });

    it('never changes other leaves when one leaf is marked not applicable', () => {
      fc.assert(
        fc.property(
          scenario(true).chain((s) => fc.nat(leavesOf(s.nodes).length - 1).map((pick) => ({ ...s, pick }))),
          ({ nodes, assessment, pick }) => {
            const set = makeSet(nodes, withAdjustments);
            const target = leavesOf(nodes)[pick].code;
            const before = scoreUnit(set, makeUnit(set, assessment));
            const items = { ...assessment.items, [target]: { notApplicable: true } };
            const after = scoreUnit(set, makeUnit(set, { ...assessment, items }));
            expect(after.leaves.get(target)).toMatchObject({
              pointsMilli: 0,
              maxMilli: 0,
              notApplicable: true,
            });
            for (const leaf of set.leaves) {
              if (leaf.code !== target)
                expect(after.leaves.get(leaf.code)).toEqual(before.leaves.get(leaf.code));
            }
          },
        ),
        { numRuns: 200 },
      );
    });

    it('makes the total the sum of the areas when the set has no adjustments', () => {
      fc.assert(
        fc.property(scenario(false), ({ nodes, assessment }) => {
          const set = makeSet(nodes);
          const result = scoreUnit(set, makeUnit(set, assessment));
          const areas = set.nodes.reduce(
            (sum, area) => sum + (result.nodes.get(area.code)?.pointsMilli ?? NaN),
            0,
          );
          return (
            result.pointsMilli === areas &&
            result.areasMilli === areas &&
            result.adjustment.clampedTo === null
          );
        }),
        { numRuns: 200 },
      );
    });
  });
});
