import type { Assessments, CriteriaSet } from '@par/scoring';
import type { CliIo } from './cli-io';
import { loadAssessments } from './load-assessments';
import { loadCriteriaSet } from './load-criteria-set';
import { requireOption } from './require-option';

/** `--criteria` and `--assessments`, both required, read and validated (set first, then the assessments). */
export function loadInputs(
  io: CliIo,
  values: { readonly criteria?: string; readonly assessments?: string },
): { set: CriteriaSet; assessments: Assessments } {
  const set = loadCriteriaSet(io, requireOption(values.criteria, '--criteria'));
  const assessments = loadAssessments(io, requireOption(values.assessments, '--assessments'), set);
  return { set, assessments };
}
