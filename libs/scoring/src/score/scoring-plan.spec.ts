import { makeSet } from '../__fixtures__/make-set';
import { scoringPlan } from './scoring-plan';

describe('scoringPlan', () => {
  const set = makeSet([
    {
      code: '1',
      title: 'a',
      maxPoints: 3,
      children: [
        { code: '1.1', title: 'b', maxPoints: 1, rule: { kind: 'manual' } },
        {
          code: '1.2',
          title: 'c',
          maxPoints: 2,
          children: [{ code: '1.2.1', title: 'd', maxPoints: 2, rule: { kind: 'manual' } }],
        },
      ],
    },
    {
      code: '2',
      title: 'e',
      maxPoints: 1,
      children: [{ code: '2.1', title: 'f', maxPoints: 1, rule: { kind: 'manual' } }],
    },
  ]);

  it('indexes nodes in pre-order with parents, leaves and areas', () => {
    const plan = scoringPlan(set);
    expect(plan.nodeCodes).toEqual(['1', '1.1', '1.2', '1.2.1', '2', '2.1']);
    expect([...plan.parent]).toEqual([-1, 0, 0, 2, -1, 4]);
    expect(plan.leafCodes).toEqual(['1.1', '1.2.1', '2.1']);
    expect([...plan.leafNode]).toEqual([1, 3, 5]);
    expect([...plan.areas]).toEqual([0, 4]);
    expect([plan.nodePosition.get('1.2'), plan.leafPosition.get('2.1')]).toEqual([2, 2]);
  });

  it('is built once per set', () => {
    expect(scoringPlan(set)).toBe(scoringPlan(set));
  });
});
