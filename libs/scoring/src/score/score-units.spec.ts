import { makeAssessments, makeSet } from '../__fixtures__/make-set';
import { scoreUnits } from './score-units';

/** One area with one manual leaf worth `maxPoints`. */
const oneLeafSet = (maxPoints: number) =>
  makeSet([
    {
      code: '1',
      title: 'Lĩnh vực',
      maxPoints,
      children: [{ code: '1.1', title: 'a', maxPoints, rule: { kind: 'manual' } }],
    },
  ]);
const SET = oneLeafSet(10);
const ASSESSMENTS = makeAssessments(SET, [
  { code: 'A', group: 'g', items: { '1.1': { points: 9.5 } } },
  { code: 'B', group: 'g', items: { '1.1': { points: 7 } } },
  { code: 'C', group: 'h', items: { '1.1': { points: 6.999 } } },
  { code: 'D', group: 'g', items: { '1.1': { points: 7 } } },
]);

describe('scoreUnits', () => {
  it('ranks inside groups and assigns the set bands, keeping input order', () => {
    const result = scoreUnits(SET, ASSESSMENTS);
    expect(result.map((u) => [u.code, u.indexCenti, u.rank, u.band?.code ?? null])).toEqual([
      ['A', 9500, 1, 'XS'],
      ['B', 7000, 2, 'K'],
      ['C', 6999, 1, 'Y'],
      ['D', 7000, 2, 'K'],
    ]);
  });

  it('lets a period override the bands', () => {
    const bands = [
      { code: 'I', label: 'Nhóm I', minIndexCenti: 9000 },
      { code: 'II', label: 'Nhóm II', minIndexCenti: 6999 },
    ];
    expect(scoreUnits(SET, ASSESSMENTS, { bands }).map((u) => u.band?.code ?? null)).toEqual([
      'I',
      'II',
      'II',
      'II',
    ]);
  });

  it('passes tie-breakers to the ranking', () => {
    const hundred = oneLeafSet(100);
    // 70.001 and 70.004 of 100 both round to index 70.00
    const tied = makeAssessments(hundred, [
      { code: 'A', group: 'g', items: { '1.1': { points: 70.001 } } },
      { code: 'B', group: 'g', items: { '1.1': { points: 70.004 } } },
    ]);
    expect(scoreUnits(hundred, tied).map((u) => [u.indexCenti, u.rank])).toEqual([
      [7000, 1],
      [7000, 1],
    ]);
    expect(scoreUnits(hundred, tied, { tieBreakers: [{ by: 'points' }] }).map((u) => u.rank)).toEqual([2, 1]);
  });
});
