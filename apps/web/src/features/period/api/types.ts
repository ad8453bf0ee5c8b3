import type { components } from '@par/contracts';
import type { BandV1 } from '@par/scoring';
import { asContract } from '../../../lib/api-client';
import type { PeriodDetail } from '../../../lib/period-queries';

export type PeriodUnit = components['schemas']['PeriodUnitViewDto'];
export type AssessmentStatus = PeriodUnit['assessmentStatus'];

export interface Deadlines {
  selfAssessment?: string | null;
  appraisal?: string | null;
  explanation?: string | null;
  finalAppraisal?: string | null;
}

/** `POST /periods` with one set per group of unit types. */
export interface NewPeriod {
  year: number;
  name: string;
  criteriaSets: { criteriaSetId: string; unitTypes: string[] }[];
  units: { code: string; group: string }[];
  deadlines?: Deadlines;
}

/** `PATCH /periods/{id}`: name and deadlines, against the version they were read at. */
export interface PeriodChanges {
  name?: string;
  deadlines?: Deadlines;
  version: number;
}

export interface UnitDeadlines {
  selfAssessmentDue?: string | null;
  explanationDue?: string | null;
}

// The generated contract types the date-times of a body as `Record<string, never>` (their DTOs declare
// strings validated as ISO 8601) and results/v1 with every field optional: the real shapes are asserted in
// this feature's api files.

/** The bands in force for one of the period's sets (thresholds as the API wrote them). */
export const bandsOf = (set: PeriodDetail['criteriaSets'][number]) => asContract<BandV1[]>(set.bands);
