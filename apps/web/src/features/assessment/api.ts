import type { components, operations } from '@par/contracts';
import type { LeafInputV1, RuleV1 } from '@par/scoring';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, compactQuery, unwrap } from '../../lib/api-client';
import { uploadFile, type UploadProgress } from '../../lib/upload';

export type Assessment = components['schemas']['AssessmentDto'];
export type AssessmentStatus = Assessment['status'];
export type AssessmentSummary = components['schemas']['AssessmentSummaryDto'];
export type AssessmentItem = components['schemas']['ItemDto'];
export type ItemStage = components['schemas']['StageDto'];
export type Evidence = components['schemas']['EvidenceDto'];
export type UploadedEvidence = components['schemas']['UploadedEvidenceDto'];
export type Completeness = components['schemas']['CompletenessDto'];
export type QueueItem = components['schemas']['QueueItemDto'];
export type QueuePage = components['schemas']['QueuePageDto'];
export type QueueQuery = NonNullable<operations['Assessment_appraisalQueue']['parameters']['query']>;
export type QueueStatus = NonNullable<QueueQuery['status']>;

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

/** For `setQueryData` on a unit's assessment: the same assessment with one leaf's item as just saved. */
export const withSavedItem =
  (saved: AssessmentItem) =>
  (old: Assessment | undefined): Assessment | undefined =>
    old && { ...old, items: old.items.map((item) => (item.leafCode === saved.leafCode ? saved : item)) };

export const assessmentKeys = {
  all: ['assessments'] as const,
  period: (periodId: string) => [...assessmentKeys.all, periodId] as const,
  list: (periodId: string) => [...assessmentKeys.period(periodId), 'list'] as const,
  unit: (periodId: string, unitCode: string) =>
    [...assessmentKeys.period(periodId), 'unit', unitCode] as const,
  completeness: (periodId: string, unitCode: string) =>
    [...assessmentKeys.unit(periodId, unitCode), 'completeness'] as const,
};

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

export const QUEUE_PAGE_SIZE = 50;

export const queueKeys = {
  all: ['appraisal-queue'] as const,
  period: (periodId: string) => [...queueKeys.all, periodId] as const,
  page: (periodId: string, query: QueueQuery) =>
    [...queueKeys.period(periodId), compactQuery(query)] as const,
};

/** The caller's leaves in the current round (round 1: submitted units; round 2: explained leaves). */
export const queueQueryOptions = (periodId: string, query: QueueQuery) =>
  queryOptions({
    queryKey: queueKeys.page(periodId, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/periods/{id}/appraisal-queue', {
          params: { path: { id: periodId }, query: compactQuery(query) },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** The key of a queue row: one leaf of one unit. */
export const queueItemKey = (item: Pick<QueueItem, 'unitCode' | 'leafCode'>) =>
  `${item.unitCode}/${item.leafCode}`;

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
