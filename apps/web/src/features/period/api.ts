import type { components } from '@par/contracts';
import type { BandV1, ResultsV1 } from '@par/scoring';
import { queryOptions } from '@tanstack/react-query';
import { api, asContract, unwrap } from '../../lib/api-client';
import { periodKeys, type PeriodDetail, type PeriodState } from '../../lib/period-queries';

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

export interface UnitDeadlines {
  selfAssessmentDue?: string | null;
  explanationDue?: string | null;
}

// The generated contract types the date-times of a body as `Record<string, never>` (their DTOs declare
// strings validated as ISO 8601) and results/v1 with every field optional: the real shapes are asserted here.

/** The bands in force for one of the period's sets (thresholds as the API wrote them). */
export const bandsOf = (set: PeriodDetail['criteriaSets'][number]) => asContract<BandV1[]>(set.bands);

export const periodResultsQueryOptions = (id: string, enabled: boolean) =>
  queryOptions({
    queryKey: periodKeys.results(id),
    queryFn: async ({ signal }) =>
      asContract<ResultsV1>(
        await unwrap(api.GET('/api/v1/periods/{id}/results', { params: { path: { id } }, signal })),
      ),
    enabled,
  });

export const createPeriod = (body: NewPeriod) =>
  unwrap(api.POST('/api/v1/periods', { body: asContract<components['schemas']['CreatePeriodDto']>(body) }));

export const updatePeriod = (id: string, body: { name?: string; deadlines?: Deadlines; version: number }) =>
  unwrap(
    api.PATCH('/api/v1/periods/{id}', {
      params: { path: { id } },
      body: asContract<components['schemas']['UpdatePeriodDto']>(body),
    }),
  );

export const movePeriod = (id: string, state: PeriodState) =>
  unwrap(api.POST('/api/v1/periods/{id}/state', { params: { path: { id } }, body: { state } }));

export const addPeriodUnit = (id: string, unit: { code: string; group: string }) =>
  unwrap(api.POST('/api/v1/periods/{id}/units', { params: { path: { id } }, body: unit }));

export const removePeriodUnit = (id: string, code: string) =>
  unwrap(api.DELETE('/api/v1/periods/{id}/units/{code}', { params: { path: { id, code } } }));

export const extendUnitDeadlines = (id: string, code: string, body: UnitDeadlines) =>
  unwrap(
    api.PATCH('/api/v1/periods/{id}/units/{code}', {
      params: { path: { id, code } },
      body: asContract<components['schemas']['UnitDeadlineDto']>(body),
    }),
  );

export const computeResults = async (id: string) =>
  asContract<ResultsV1>(
    await unwrap(api.POST('/api/v1/periods/{id}/results/compute', { params: { path: { id } } })),
  );

export const publishResults = async (id: string, body: { decisionNo: string; decisionDate: string }) =>
  asContract<ResultsV1>(
    await unwrap(api.POST('/api/v1/periods/{id}/publish', { params: { path: { id } }, body })),
  );
