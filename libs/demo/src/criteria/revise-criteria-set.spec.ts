import { CRITERIA_SET_FORMAT, type CriteriaSetV1 } from '@par/scoring';
import { reviseCriteriaSet } from './revise-criteria-set';

const base: CriteriaSetV1 = {
  format: CRITERIA_SET_FORMAT,
  code: 'A-2025',
  name: 'a',
  year: 2025,
  unitType: 'department',
  nodes: [
    {
      code: '1',
      title: 'Lĩnh vực 1',
      maxPoints: 1.5,
      children: [
        { code: '1.1', title: 'x', maxPoints: 1, rule: { kind: 'boolean' } },
        { code: '1.2', title: 'y', maxPoints: 0.5, rule: { kind: 'manual' } },
      ],
    },
    {
      code: '2',
      title: 'Lĩnh vực 2',
      maxPoints: 0.25,
      children: [{ code: '2.1', title: 'z', maxPoints: 0.25, rule: { kind: 'manual' } }],
    },
  ],
};

describe('reviseCriteriaSet', () => {
  it('removes, adds and changes nodes and recomputes every branch max exactly', () => {
    const next = reviseCriteriaSet(base, {
      code: 'A-2026',
      name: 'b',
      year: 2026,
      remove: ['1.2'],
      add: [{ parent: '2', node: { code: '2.2', title: 'w', maxPoints: 0.1, rule: { kind: 'boolean' } } }],
      change: { '1.1': { maxPoints: 0.7, title: 'x mới' }, '2.1': { maxPoints: 0.2 } },
    });
    expect(next).toMatchObject({ code: 'A-2026', name: 'b', year: 2026, unitType: 'department' });
    expect(next.nodes).toEqual([
      {
        code: '1',
        title: 'Lĩnh vực 1',
        maxPoints: 0.7,
        children: [{ code: '1.1', title: 'x mới', maxPoints: 0.7, rule: { kind: 'boolean' } }],
      },
      {
        code: '2',
        title: 'Lĩnh vực 2',
        maxPoints: 0.3,
        children: [
          { code: '2.1', title: 'z', maxPoints: 0.2, rule: { kind: 'manual' } },
          { code: '2.2', title: 'w', maxPoints: 0.1, rule: { kind: 'boolean' } },
        ],
      },
    ]);
    expect(base.nodes[0].children).toHaveLength(2);
  });

  it('throws when the revision names a node the set does not have', () => {
    expect(() =>
      reviseCriteriaSet(base, {
        code: 'A-2026',
        name: 'b',
        year: 2026,
        remove: ['9.9'],
        change: { '8': { title: 't' } },
      }),
    ).toThrow('reviseCriteriaSet: no node 9.9, 8 in A-2025');
  });
});
