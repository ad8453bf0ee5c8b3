import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { exampleCriteriaSet } from './criteria-set';

/** The worked example's final assessments and expected results (its criteria set: `./criteria-set`). */
export function exampleAssessments(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'assessments.json'), 'utf8'));
}

export function exampleResults(): { units: Array<Record<string, unknown>> } {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'results.json'), 'utf8'));
}
