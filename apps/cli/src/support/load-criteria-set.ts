import { parseCriteriaSet, type CriteriaSet } from '@par/scoring';
import type { CliIo } from './cli-io';
import { invalidInput } from './invalid-input';
import { readJsonFile } from './read-json-file';

/** Reads and validates a criteria set file; INVALID_INPUT with every issue when it is not valid. */
export function loadCriteriaSet(io: CliIo, path: string): CriteriaSet {
  const parsed = parseCriteriaSet(readJsonFile(io, path));
  if (!parsed.ok) throw invalidInput(path, parsed.issues);
  return parsed.value;
}
