import type { Band } from '../model/criteria-set.types';
import type { Issue, ParseResult } from '../model/issue.types';
import { readBands } from './read-bands';

/**
 * Classification bands from JSON (a period's override of the set's bands), highest threshold first;
 * pass the result as `ScoringOptions.bands`.
 */
export function parseBands(input: unknown): ParseResult<readonly Band[]> {
  const issues: Issue[] = [];
  const bands = readBands(input, issues, '');
  return bands && issues.length === 0 ? { ok: true, value: bands } : { ok: false, issues };
}
