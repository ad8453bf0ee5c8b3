import { EXAMPLE_SET, memoryIo } from '../../test/memory-io';
import { CliError } from './cli-error';
import { loadCriteriaSet } from './load-criteria-set';

describe('loadCriteriaSet', () => {
  it('loads a valid set', () => {
    expect(loadCriteriaSet(memoryIo(), EXAMPLE_SET).code).toBe('VD-SO-2026');
  });

  it('throws INVALID_INPUT with the issues of an invalid one', () => {
    const io = memoryIo({ '/v/set.json': '{"format":"par-index.criteria-set/v1"}' });
    expect(() => loadCriteriaSet(io, '/v/set.json')).toThrow(CliError);
    try {
      loadCriteriaSet(io, '/v/set.json');
    } catch (error) {
      expect((error as CliError).issues.map((issue) => issue.path)).toEqual([
        '/code',
        '/name',
        '/unitType',
        '/year',
        '/nodes',
      ]);
    }
  });
});
