import { EXAMPLE_ASSESSMENTS, EXAMPLE_SET, memoryIo } from '../../test/memory-io';
import { loadInputs } from './load-inputs';

describe('loadInputs', () => {
  it('loads the set and its assessments', () => {
    const { set, assessments } = loadInputs(memoryIo(), {
      criteria: EXAMPLE_SET,
      assessments: EXAMPLE_ASSESSMENTS,
    });
    expect([set.code, assessments.units.length]).toEqual(['VD-SO-2026', 5]);
  });

  it('requires both flags', () => {
    expect(() => loadInputs(memoryIo(), { assessments: EXAMPLE_ASSESSMENTS })).toThrow('missing --criteria.');
    expect(() => loadInputs(memoryIo(), { criteria: EXAMPLE_SET })).toThrow('missing --assessments.');
  });
});
