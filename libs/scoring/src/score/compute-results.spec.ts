import assessmentsJson from '../__fixtures__/example/assessments.json';
import criteriaSetJson from '../__fixtures__/example/criteria-set.json';
import resultsJson from '../__fixtures__/example/results.json';
import { parseAssessments } from '../parse/parse-assessments';
import { parseCriteriaSet } from '../parse/parse-criteria-set';
import { computeResults } from './compute-results';

function exampleResults() {
  const set = parseCriteriaSet(criteriaSetJson);
  if (!set.ok) throw new Error('example set must parse');
  const assessments = parseAssessments(assessmentsJson, set.value);
  if (!assessments.ok) throw new Error('example assessments must parse');
  return computeResults(set.value, assessments.value);
}

describe('computeResults', () => {
  it('reproduces the reference example exactly (points, indices, ranks, bands, missing, every node)', () => {
    // Compared as JSON text parsed back: what a consumer of the CLI or the API receives.
    const results = JSON.parse(JSON.stringify(exampleResults()));
    expect(results).toStrictEqual({ ...resultsJson, criteriaSet: 'VD-SO-2026' });
  });

  it('covers the edges the example was built for', () => {
    const byCode = new Map(exampleResults().units.map((unit) => [unit.code, unit]));
    // tie → competition ranking 1, 2, 2, 4
    expect(['STP', 'STC', 'SNV', 'SXD'].map((code) => byCode.get(code)?.rank)).toEqual([1, 2, 2, 4]);
    // band boundary: exactly 70.00 is Khá; a group of one ranks 1; a missing survey leaf scores 0
    expect(byCode.get('HTU')).toMatchObject({ index: 70, band: 'K', rank: 1, missing: ['3.1'] });
    // N/A rescaling: 3.6 of 9 applicable points = 40.00; the N/A node has no index
    expect(byCode.get('SXD')).toMatchObject({ points: 3.6, maxPoints: 9, index: 40 });
    expect(byCode.get('SXD')?.nodes['2.2']).toEqual({ points: 0, maxPoints: 0, index: null });
    // 99.99 % of 2 points rounds half-up to 2.000
    expect(byCode.get('HTU')?.nodes['2.1']?.points).toBe(2);
  });
});
