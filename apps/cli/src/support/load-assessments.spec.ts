import { EXAMPLE_ASSESSMENTS, EXAMPLE_SET, memoryIo } from '../../test/memory-io';
import { CliError } from './cli-error';
import { loadAssessments } from './load-assessments';
import { loadCriteriaSet } from './load-criteria-set';

describe('loadAssessments', () => {
  const set = loadCriteriaSet(memoryIo(), EXAMPLE_SET);

  it('loads assessments against their set', () => {
    expect(loadAssessments(memoryIo(), EXAMPLE_ASSESSMENTS, set).units).toHaveLength(5);
  });

  it('throws INVALID_INPUT naming unit and leaf', () => {
    const doc = {
      format: 'par-index.assessments/v1',
      criteriaSet: 'VD-SO-2026',
      units: [{ code: 'U', group: 'g', items: { '1.1': { count: 1 } } }],
    };
    try {
      loadAssessments(memoryIo({ '/v/a.json': JSON.stringify(doc) }), '/v/a.json', set);
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).issues.map(({ code, unit, leaf }) => [code, unit, leaf])).toEqual([
        ['INPUT_KIND_MISMATCH', 'U', '1.1'],
      ]);
    }
  });
});
