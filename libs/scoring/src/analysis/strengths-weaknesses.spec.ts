import { makeAssessments, makeSet } from '../__fixtures__/make-set';
import { scoreUnits } from '../score/score-units';
import { strengthsAndWeaknesses } from './strengths-weaknesses';

describe('strengthsAndWeaknesses', () => {
  const set = makeSet([
    {
      code: '1',
      title: 'Một',
      maxPoints: 4,
      children: [{ code: '1.1', title: 'a', maxPoints: 4, rule: { kind: 'manual' } }],
    },
    {
      code: '2',
      title: 'Hai',
      maxPoints: 2,
      children: [
        { code: '2.1', title: 'b', maxPoints: 2, rule: { kind: 'manual' }, notApplicableAllowed: true },
      ],
    },
  ]);
  const unit = (code: string, group: string, a: number, b: number | null) => ({
    code,
    group,
    items: { '1.1': { points: a }, '2.1': b === null ? { notApplicable: true } : { points: b } },
  });
  const scored = scoreUnits(
    set,
    makeAssessments(set, [
      unit('A', 'g', 4, 1),
      unit('B', 'g', 3, 2),
      unit('C', 'g', 1, null),
      unit('D', 'g', 2, 0.5),
      unit('E', 'h', 1, 1),
    ]),
  );
  const result = strengthsAndWeaknesses(set, scored);

  it('compares each area index with the median of the group (even count: half-up mean)', () => {
    // area 1 indexes in g: 100, 75, 25, 50 → median (50 + 75) / 2 = 62.5
    // area 2 indexes in g: 50, 100, (C n/a), 25 → median 50
    const a = result.find((r) => r.code === 'A')!;
    expect(a.strengths).toEqual([
      { code: '1', title: 'Một', indexCenti: 10000, medianCenti: 6250, gapCenti: 3750 },
    ]);
    expect(a.weaknesses).toEqual([]);
    const d = result.find((r) => r.code === 'D')!;
    expect(d.weaknesses.map((s) => [s.code, s.gapCenti])).toEqual([
      ['2', -2500],
      ['1', -1250],
    ]);
  });

  it('leaves out not-applicable nodes and single-unit groups', () => {
    const c = result.find((r) => r.code === 'C')!;
    expect(c.weaknesses.map((s) => s.code)).toEqual(['1']);
    expect(c.strengths).toEqual([]);
    const e = result.find((r) => r.code === 'E')!;
    expect(e).toEqual({ code: 'E', group: 'h', strengths: [], weaknesses: [] });
  });
});
