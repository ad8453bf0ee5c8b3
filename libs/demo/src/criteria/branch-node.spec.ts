import { branchNode } from './branch-node';

describe('branchNode', () => {
  it('takes the exact Σ of its children as max, and keeps the details given', () => {
    const children = [
      { code: '1.1', title: 'a', maxPoints: 0.1 },
      { code: '1.2', title: 'b', maxPoints: 0.2 },
    ];
    expect(branchNode('1', 'Lĩnh vực', children, { guidance: 'g' })).toEqual({
      code: '1',
      title: 'Lĩnh vực',
      maxPoints: 0.3,
      guidance: 'g',
      children,
    });
  });
});
