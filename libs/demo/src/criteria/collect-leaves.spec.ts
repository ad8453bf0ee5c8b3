import { collectLeaves } from './collect-leaves';

describe('collectLeaves', () => {
  it('lists leaves in pre-order; a criterion without sub-criteria is a leaf', () => {
    const nodes = [
      {
        code: '1',
        title: 'a',
        maxPoints: 3,
        children: [
          { code: '1.1', title: 'b', maxPoints: 2, children: [{ code: '1.1.1', title: 'c', maxPoints: 2 }] },
          { code: '1.2', title: 'd', maxPoints: 1 },
        ],
      },
      { code: '2', title: 'e', maxPoints: 1, children: [] },
    ];
    expect(collectLeaves(nodes).map((l) => l.code)).toEqual(['1.1.1', '1.2', '2']);
  });
});
