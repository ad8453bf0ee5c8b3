import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The worked example (criteria set, final assessments, expected results) — the project's own copy. */
export function exampleCriteriaSet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'criteria-set.json'), 'utf8')),
    ...overrides,
  };
}

export function exampleAssessments(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'assessments.json'), 'utf8'));
}

export function exampleResults(): { units: Array<Record<string, unknown>> } {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'results.json'), 'utf8'));
}
