import type { components, operations } from '@par/contracts';
import type { LeafInputV1, RuleV1 } from '@par/scoring';

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
export type QueueQuery = NonNullable<operations['getAssessmentAppraisalQueue']['parameters']['query']>;
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

export interface AdjustmentsWrite {
  bonus: number;
  penalty: number;
  comment?: string;
  version: number;
}

export type ExportFormat = 'xlsx' | 'pdf';

/** A stage's stored input as the v1 shape the scoring lib reads. */
export const inputOf = (stage: ItemStage | null): LeafInputV1 | null => stage?.input ?? null;

/** A leaf's rule as canonical v1 JSON. */
export const ruleOf = (item: Pick<AssessmentItem, 'rule'>): RuleV1 => item.rule as RuleV1;

/** The key of a queue row: one leaf of one unit. */
export const queueItemKey = (item: Pick<QueueItem, 'unitCode' | 'leafCode'>) =>
  `${item.unitCode}/${item.leafCode}`;
