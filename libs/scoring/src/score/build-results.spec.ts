import { makeAssessments, makeSet } from '../__fixtures__/make-set';
import { buildResults } from './build-results';
import { scoreUnits } from './score-units';

const SET = makeSet([
  {
    code: '1',
    title: 'Lĩnh vực',
    maxPoints: 3,
    children: [
      { code: '1.1', title: 'a', maxPoints: 1.5, rule: { kind: 'manual' } },
      { code: '1.2', title: 'b', maxPoints: 1.5, rule: { kind: 'manual' } },
    ],
  },
]);

describe('buildResults', () => {
  it('writes results/v1 with decimals from exact integers and every node in set order', () => {
    const assessments = makeAssessments(SET, [
      { code: 'U', group: 'g', items: { '1.1': { points: 1.234 } } },
    ]);
    const results = buildResults(SET, scoreUnits(SET, assessments));
    expect(results).toEqual({
      format: 'par-index.results/v1',
      criteriaSet: 'TEST',
      units: [
        {
          code: 'U',
          group: 'g',
          points: 1.234,
          maxPoints: 3,
          index: 41.13,
          rank: 1,
          band: 'Y',
          missing: ['1.2'],
          nodes: {
            '1': { points: 1.234, maxPoints: 3, index: 41.13 },
            '1.1': { points: 1.234, maxPoints: 1.5, index: 82.27 },
            '1.2': { points: 0, maxPoints: 1.5, index: 0 },
          },
        },
      ],
    });
    expect(Object.keys(results.units[0].nodes)).toEqual(['1', '1.1', '1.2']);
  });

  it('refuses units scored with another set', () => {
    const other = makeSet([
      {
        code: '9',
        title: 'x',
        maxPoints: 1,
        children: [{ code: '9.1', title: 'y', maxPoints: 1, rule: { kind: 'manual' } }],
      },
    ]);
    const scored = scoreUnits(other, makeAssessments(other, [{ code: 'U', group: 'g', items: {} }]));
    expect(() => buildResults(SET, scored)).toThrow('Unit U was not scored with criteria set TEST');
  });
});
