import assessmentsJson from '../__fixtures__/example/assessments.json';
import criteriaSetJson from '../__fixtures__/example/criteria-set.json';
import type { CriteriaNodeV1, UnitAssessmentV1 } from '../model/interchange-v1.types';
import { makeAssessments, makeSet } from '../__fixtures__/make-set';
import { parseAssessments } from '../parse/parse-assessments';
import { parseCriteriaSet } from '../parse/parse-criteria-set';
import { rankRobustness } from './rank-robustness';

/** 5 points of appraisal + 5 points of survey. */
const NODES: CriteriaNodeV1[] = [
  {
    code: '1',
    title: 'Thẩm định',
    maxPoints: 5,
    children: [{ code: '1.1', title: 'a', maxPoints: 5, rule: { kind: 'manual' } }],
  },
  {
    code: '2',
    title: 'Điều tra',
    maxPoints: 5,
    children: [{ code: '2.1', title: 'b', maxPoints: 5, source: 'survey', rule: { kind: 'survey' } }],
  },
];
const SET = makeSet(NODES);

function unit(code: string, appraised: number, counts: Record<string, number>): UnitAssessmentV1 {
  return { code, group: 'g', items: { '1.1': { points: appraised }, '2.1': { counts } } };
}

const ranks = (report: ReturnType<typeof rankRobustness>) =>
  report.units.map((u) => [u.code, u.rank, u.rankLow, u.rankMedian, u.rankHigh]);

describe('rankRobustness', () => {
  it('shows that close units with few survey answers could swap ranks', () => {
    const assessments = makeAssessments(SET, [
      unit('A', 4, { A: 6, B: 3, C: 1 }),
      unit('B', 4, { A: 5, B: 4, C: 1 }),
      unit('C', 1, { D: 10 }),
    ]);
    const report = rankRobustness(SET, assessments, { iterations: 400, seed: 3 });
    expect(ranks(report)).toEqual([
      ['A', 1, 1, 1, 2],
      ['B', 2, 1, 2, 2],
      ['C', 3, 3, 3, 3],
    ]);
    expect(report).toMatchObject({
      iterations: 400,
      seed: 3,
      lowerPercentile: 5,
      upperPercentile: 95,
      perturbedLeaves: 3,
    });
  });

  it('keeps ranks that large samples settle', () => {
    const assessments = makeAssessments(SET, [
      unit('A', 4, { A: 6000, B: 3000, C: 1000 }),
      unit('B', 4, { A: 5000, B: 4000, C: 1000 }),
    ]);
    expect(ranks(rankRobustness(SET, assessments, { iterations: 300 }))).toEqual([
      ['A', 1, 1, 1, 1],
      ['B', 2, 2, 2, 2],
    ]);
  });

  it('is deterministic for a seed', () => {
    const assessments = makeAssessments(SET, [unit('A', 4, { A: 6, B: 3 }), unit('B', 4, { A: 5, B: 4 })]);
    const options = { iterations: 200, seed: 99, weightJitter: 0.2 };
    expect(rankRobustness(SET, assessments, options)).toEqual(rankRobustness(SET, assessments, options));
  });

  it('leaves the official ranks (ties included) when nothing is perturbed', () => {
    const set = parseCriteriaSet(criteriaSetJson);
    if (!set.ok) throw new Error('example');
    const assessments = parseAssessments(assessmentsJson, set.value);
    if (!assessments.ok) throw new Error('example');
    const report = rankRobustness(set.value, assessments.value, { iterations: 50, surveyError: false });
    expect(report.perturbedLeaves).toBe(0);
    expect(ranks(report)).toEqual([
      ['STP', 1, 1, 1, 1],
      ['STC', 2, 2, 2, 2],
      ['SXD', 4, 4, 4, 4],
      ['SNV', 2, 2, 2, 2],
      ['HTU', 1, 1, 1, 1],
    ]);
  });

  it('moves ranks when weights are perturbed', () => {
    // A is strong on appraisal (5 + 3), B on the survey (3.1 + 5): the weights decide.
    const assessments = makeAssessments(SET, [unit('A', 5, { A: 6, D: 4 }), unit('B', 3.1, { A: 10 })]);
    const fixed = rankRobustness(SET, assessments, { iterations: 300, surveyError: false });
    const jittered = rankRobustness(SET, assessments, {
      iterations: 300,
      surveyError: false,
      weightJitter: 0.5,
    });
    expect(ranks(fixed)).toEqual([
      ['A', 2, 2, 2, 2],
      ['B', 1, 1, 1, 1],
    ]);
    expect(ranks(jittered)).toEqual([
      ['A', 2, 1, expect.any(Number), 2],
      ['B', 1, 1, expect.any(Number), 2],
    ]);
  });

  it('gives no ranks to a unit with nothing applicable', () => {
    const assessments = makeAssessments(SET, [
      { code: 'N', group: 'g', items: { '1.1': { notApplicable: true }, '2.1': { notApplicable: true } } },
    ]);
    expect(ranks(rankRobustness(SET, assessments, { iterations: 10 }))).toEqual([
      ['N', null, null, null, null],
    ]);
  });

  it.each([
    [{ iterations: 0 }],
    [{ iterations: 1.5 }],
    [{ weightJitter: 1 }],
    [{ lowerPercentile: 96 }],
    [{ upperPercentile: 101 }],
  ])('refuses %p', (options) => {
    expect(() => rankRobustness(SET, makeAssessments(SET, []), options)).toThrow(RangeError);
  });
});
