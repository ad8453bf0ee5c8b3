import type { Assessments } from '@par/scoring';

/** Unit code → name as given in the assessments (for tables). */
export function unitNames(assessments: Assessments): ReadonlyMap<string, string> {
  return new Map(assessments.units.map((unit) => [unit.code, unit.name ?? '']));
}
