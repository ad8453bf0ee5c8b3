import { parseAssessments, type Assessments, type CriteriaSet } from '@par/scoring';
import type { CliIo } from './cli-io';
import { invalidInput } from './invalid-input';
import { readJsonFile } from './read-json-file';

/** Reads and validates an assessments file against its set; INVALID_INPUT with every issue otherwise. */
export function loadAssessments(io: CliIo, path: string, set: CriteriaSet): Assessments {
  const parsed = parseAssessments(readJsonFile(io, path), set);
  if (!parsed.ok) throw invalidInput(path, parsed.issues);
  return parsed.value;
}
