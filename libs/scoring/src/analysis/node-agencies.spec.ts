import { makeSet } from '../__fixtures__/make-set';
import { nodeAgencies } from './node-agencies';

describe('nodeAgencies', () => {
  const set = makeSet([
    {
      code: '1',
      title: 'Tổ chức bộ máy',
      maxPoints: 3,
      leadAgency: 'SNV',
      children: [
        { code: '1.1', title: 'a', maxPoints: 1, rule: { kind: 'manual' } },
        { code: '1.2', title: 'b', maxPoints: 1, rule: { kind: 'manual' }, responsibleAgency: 'STC' },
        { code: '1.3', title: 'c', maxPoints: 1, rule: { kind: 'manual' }, leadAgency: 'STP' },
      ],
    },
    {
      code: '2',
      title: 'Thể chế',
      maxPoints: 2,
      responsibleAgency: 'Sở Tư pháp',
      children: [
        {
          code: '2.1',
          title: 'x',
          maxPoints: 2,
          children: [
            { code: '2.1.1', title: 'y', maxPoints: 1, rule: { kind: 'manual' }, leadAgency: 'SNV' },
            { code: '2.1.2', title: 'z', maxPoints: 1, rule: { kind: 'manual' } },
          ],
        },
      ],
    },
    {
      code: '3',
      title: 'Khác',
      maxPoints: 1,
      children: [{ code: '3.1', title: 'w', maxPoints: 1, rule: { kind: 'manual' } }],
    },
  ]);
  const byCode = Object.fromEntries(set.allNodes.map((node, i) => [node.code, nodeAgencies(set)[i]]));

  it('inherits the lead agency and falls back to it for responsibility', () => {
    expect(byCode['1.1']).toEqual({ leadAgency: 'SNV', responsibleAgency: 'SNV' });
    expect(byCode['1.3']).toEqual({ leadAgency: 'STP', responsibleAgency: 'STP' });
  });

  it('prefers the nearest responsible agency over any lead agency, the node itself included', () => {
    expect(byCode['1.2']).toEqual({ leadAgency: 'SNV', responsibleAgency: 'STC' });
    expect(byCode['2.1.1']).toEqual({ leadAgency: 'SNV', responsibleAgency: 'Sở Tư pháp' });
    expect(byCode['2.1.2']).toEqual({ leadAgency: null, responsibleAgency: 'Sở Tư pháp' });
  });

  it('is null where no node on the path names an agency', () => {
    expect(byCode['3.1']).toEqual({ leadAgency: null, responsibleAgency: null });
  });
});
