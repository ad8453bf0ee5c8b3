import type { components } from '@par/contracts';
import type { LeafInputV1, RuleV1 } from '@par/scoring';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api-client';
import { uploadFile, type UploadProgress } from '../../lib/upload';

export type PeriodSummary = components['schemas']['PeriodSummaryDto'];
export type PeriodDetail = components['schemas']['PeriodDetailDto'];
export type PeriodState = PeriodSummary['state'];
export type Assessment = components['schemas']['AssessmentDto'];
export type AssessmentStatus = Assessment['status'];
export type AssessmentSummary = components['schemas']['AssessmentSummaryDto'];
export type AssessmentItem = components['schemas']['ItemDto'];
export type ItemStage = components['schemas']['StageDto'];
export type Evidence = components['schemas']['EvidenceDto'];
export type UploadedEvidence = components['schemas']['UploadedEvidenceDto'];
export type Completeness = components['schemas']['CompletenessDto'];

/** What identifies one leaf of one unit's assessment. */
export interface LeafRef {
  periodId: string;
  unitCode: string;
  leafCode: string;
}

/** `PUT …/items/{leafCode}`: what is written depends on the stage (self, round 1/2, explanation). */
export interface ItemWrite {
  version: number;
  input?: LeafInputV1;
  note?: string | null;
  accept?: boolean;
  comment?: string;
  explanation?: string;
}

/** A stage's stored input as the v1 shape the scoring lib reads. */
export const inputOf = (stage: ItemStage | null): LeafInputV1 | null => stage?.input ?? null;

/** A leaf's rule as canonical v1 JSON. */
export const ruleOf = (item: Pick<AssessmentItem, 'rule'>): RuleV1 => item.rule as RuleV1;

export const periodKeys = {
  all: ['periods'] as const,
  list: () => [...periodKeys.all, 'list'] as const,
  detail: (id: string) => [...periodKeys.all, 'detail', id] as const,
};

export const assessmentKeys = {
  all: ['assessments'] as const,
  period: (periodId: string) => [...assessmentKeys.all, periodId] as const,
  list: (periodId: string) => [...assessmentKeys.period(periodId), 'list'] as const,
  unit: (periodId: string, unitCode: string) =>
    [...assessmentKeys.period(periodId), 'unit', unitCode] as const,
  completeness: (periodId: string, unitCode: string) =>
    [...assessmentKeys.unit(periodId, unitCode), 'completeness'] as const,
};

/** Periods the caller takes part in (a unit role sees its unit's only), newest first. */
export const periodsQueryOptions = () =>
  queryOptions({
    queryKey: periodKeys.list(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/periods', { signal })),
  });

export const periodQueryOptions = (id: string) =>
  queryOptions({
    queryKey: periodKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/periods/{id}', { params: { path: { id } }, signal })),
  });

export const assessmentQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: assessmentKeys.unit(periodId, unitCode),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/periods/{id}/assessments/{unitCode}', {
          params: { path: { id: periodId, unitCode } },
          signal,
        }),
      ),
  });

export const completenessQueryOptions = (periodId: string, unitCode: string) =>
  queryOptions({
    queryKey: assessmentKeys.completeness(periodId, unitCode),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/periods/{id}/assessments/{unitCode}/completeness', {
          params: { path: { id: periodId, unitCode } },
          signal,
        }),
      ),
  });

/** Every unit's status and totals (admin, appraiser, viewer). */
export const assessmentsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: assessmentKeys.list(periodId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods/{id}/assessments', { params: { path: { id: periodId } }, signal })),
  });

export const writeItem = ({ periodId, unitCode, leafCode }: LeafRef, { input, ...rest }: ItemWrite) =>
  unwrap(
    api.PUT('/api/v1/periods/{id}/assessments/{unitCode}/items/{leafCode}', {
      params: { path: { id: periodId, unitCode, leafCode } },
      body: input === undefined ? rest : { ...rest, input: { ...input } },
    }),
  );

const unitPath = (periodId: string, unitCode: string) => ({ params: { path: { id: periodId, unitCode } } });

/** The unit head locks the self-assessment (422 ASSESSMENT_INCOMPLETE lists the gaps). */
export const submitAssessment = (periodId: string, unitCode: string) =>
  unwrap(api.POST('/api/v1/periods/{id}/assessments/{unitCode}/submit', unitPath(periodId, unitCode)));

/** The unit head closes the explanation round. */
export const closeExplanation = (periodId: string, unitCode: string) =>
  unwrap(
    api.POST('/api/v1/periods/{id}/assessments/{unitCode}/explanation/submit', unitPath(periodId, unitCode)),
  );

/** Appraiser, after round 2: the assessment becomes final and locked. */
export const finalizeAssessment = (periodId: string, unitCode: string) =>
  unwrap(api.POST('/api/v1/periods/{id}/assessments/{unitCode}/finalize', unitPath(periodId, unitCode)));

export interface AdjustmentsWrite {
  bonus: number;
  penalty: number;
  comment?: string;
  version: number;
}

/** Bonus and penalty of one unit (appraisers, appraisal rounds), against the assessment's version. */
export const writeAdjustments = (periodId: string, unitCode: string, body: AdjustmentsWrite) =>
  unwrap(
    api.PUT('/api/v1/periods/{id}/assessments/{unitCode}/adjustments', {
      ...unitPath(periodId, unitCode),
      body,
    }),
  );

export type ExportFormat = 'xlsx' | 'pdf';

/** The unit's self-assessment table (.xlsx) or its submission PDF for signature, as a file. */
export const downloadExport = (periodId: string, unitCode: string, format: ExportFormat) =>
  unwrap(
    format === 'xlsx'
      ? api.GET('/api/v1/periods/{id}/assessments/{unitCode}/export.xlsx', {
          ...unitPath(periodId, unitCode),
          parseAs: 'blob',
        })
      : api.GET('/api/v1/periods/{id}/assessments/{unitCode}/export.pdf', {
          ...unitPath(periodId, unitCode),
          parseAs: 'blob',
        }),
  );

/** An evidence file's bytes; `inline` asks for the type the browser can show (PDF, images). */
export const fetchEvidence = (evidenceId: string, inline: boolean) =>
  unwrap(
    api.GET('/api/v1/evidence/{evidenceId}', {
      params: { path: { evidenceId }, query: inline ? { inline: '1' } : {} },
      parseAs: 'blob',
    }),
  );

export const removeEvidence = (evidenceId: string) =>
  unwrap(api.DELETE('/api/v1/evidence/{evidenceId}', { params: { path: { evidenceId } } }));

/** Attaches a file to a leaf, reporting upload progress (413 too large, 415 wrong type, deduplicated). */
export const uploadEvidence = (
  { periodId, unitCode, leafCode }: LeafRef,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
) =>
  uploadFile<UploadedEvidence>(
    `/api/v1/periods/${encodeURIComponent(periodId)}/assessments/${encodeURIComponent(unitCode)}/items/${encodeURIComponent(leafCode)}/evidence`,
    file,
    { onProgress, signal },
  );
