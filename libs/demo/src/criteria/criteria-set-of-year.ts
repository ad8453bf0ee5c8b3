import { CRITERIA_SET_FORMAT, type BandV1, type CriteriaNodeV1, type CriteriaSetV1 } from '@par/scoring';
import type { DemoYear } from '../model/demo.types';
import { ADJUSTMENTS } from './demo-rules';
import { reviseCriteriaSet, type CriteriaSetRevision } from './revise-criteria-set';

/** One unit type's set as the province issues it: the 2025 tree, and what 2026 changes. */
export interface YearlySetSpec {
  /** Code prefix: `SO` gives `SO-2025`, `SO-2026`. */
  readonly prefix: string;
  readonly name: (year: number) => string;
  readonly unitType: string;
  readonly bands: readonly BandV1[];
  readonly nodes: readonly CriteriaNodeV1[];
  readonly changes2026: Omit<CriteriaSetRevision, 'code' | 'name' | 'year'>;
}

/** The set in force in `year` (with the demo's bonus/penalty caps): 2025 as issued, 2026 revised. */
export function criteriaSetOfYear(year: DemoYear, spec: YearlySetSpec): CriteriaSetV1 {
  const base: CriteriaSetV1 = {
    format: CRITERIA_SET_FORMAT,
    code: `${spec.prefix}-2025`,
    name: spec.name(2025),
    year: 2025,
    unitType: spec.unitType,
    bands: spec.bands,
    adjustments: ADJUSTMENTS,
    nodes: spec.nodes,
  };
  if (year === 2025) return base;
  return reviseCriteriaSet(base, {
    ...spec.changes2026,
    code: `${spec.prefix}-${year}`,
    name: spec.name(year),
    year,
  });
}
