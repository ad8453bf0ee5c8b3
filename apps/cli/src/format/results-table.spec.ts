import { parseAssessments, parseCriteriaSet, scoreUnits } from '@par/scoring';
import { readFileSync } from 'node:fs';
import { EXAMPLE_ASSESSMENTS, EXAMPLE_SET } from '../../test/memory-io';
import { resultsTable } from './results-table';

describe('resultsTable', () => {
  it('prints English headers and numbers on request, one table per group by rank', () => {
    const set = parseCriteriaSet(JSON.parse(readFileSync(EXAMPLE_SET, 'utf8')));
    if (!set.ok) throw new Error('set');
    const assessments = parseAssessments(JSON.parse(readFileSync(EXAMPLE_ASSESSMENTS, 'utf8')), set.value);
    if (!assessments.ok) throw new Error('assessments');
    const text = resultsTable(
      set.value,
      scoreUnits(set.value, assessments.value),
      new Map([['STP', 'Justice']]),
      'en',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'PAR Index results — criteria set VD-SO-2026 (Ví dụ: bộ tiêu chí các sở (rút gọn), 2026)',
    );
    expect(lines[2]).toBe('Ranking group: departments (4 units)');
    expect(lines[3]).toBe('Rank  Code  Unit     Points     Max  Index (%)  Band      Missing');
    expect(lines[5]).toBe('   1  STP   Justice   9.720  10.000      97.20  Xuất sắc');
    expect(lines[8]).toBe('   4  SXD             3.600   9.000      40.00  Yếu');
  });
});
