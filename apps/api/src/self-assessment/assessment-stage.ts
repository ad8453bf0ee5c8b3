import type { LeafInputV1 } from '@par/scoring';
import { DomainError } from '../common/errors/domain-error';
import type { PeriodState } from '../period/period.entity';
import type { AssessmentItem } from './assessment-item.entity';
import type { AssessmentStatus } from './assessment.entity';

/**
 * The stages an assessment item is written in, and when each is open — the stage table as data (like
 * vendure's `order-state.ts`). A stage is open when the period is in its state AND the assessment has its
 * status; every other combination is locked (ASSESSMENT_LOCKED). A new stage (e.g. `survey`) is a new row.
 */
export const STAGE_TABLE = {
  self: { periodState: 'self_assessment', assessmentStatus: 'draft' },
  round1: { periodState: 'appraisal', assessmentStatus: 'submitted' },
  explanation: { periodState: 'explanation', assessmentStatus: 'returned' },
  round2: { periodState: 'final_appraisal', assessmentStatus: 'explained' },
} as const satisfies Record<string, { periodState: PeriodState; assessmentStatus: AssessmentStatus }>;

export type Stage = keyof typeof STAGE_TABLE;
export const STAGES = Object.keys(STAGE_TABLE) as Stage[];

/** The stage open for this period state and assessment status, or null when the assessment is locked. */
export function openStage(periodState: PeriodState, assessmentStatus: AssessmentStatus): Stage | null {
  return (
    STAGES.find(
      (stage) =>
        STAGE_TABLE[stage].periodState === periodState &&
        STAGE_TABLE[stage].assessmentStatus === assessmentStatus,
    ) ?? null
  );
}

/** The stage a write lands in; ASSESSMENT_LOCKED (naming both states) when none is open. */
export function stageOf(periodState: PeriodState, assessmentStatus: AssessmentStatus): Stage {
  if (periodState === 'published') throw new DomainError('PERIOD_PUBLISHED');
  const stage = openStage(periodState, assessmentStatus);
  if (stage) return stage;
  throw new DomainError('ASSESSMENT_LOCKED', {
    detail: {
      vi: `kỳ đang ở bước "${periodState}", phiếu ở trạng thái "${assessmentStatus}"`,
      en: `the period is in "${periodState}" and the assessment is "${assessmentStatus}"`,
    },
    extensions: { periodState, assessmentStatus },
  });
}

/** Where an admin's reopen takes an assessment: one step back; a draft has nowhere to go. */
export const REOPEN_TO: Record<AssessmentStatus, AssessmentStatus | null> = {
  draft: null,
  submitted: 'draft',
  returned: 'submitted',
  explained: 'returned',
  final: 'explained',
};

/** The input that counts now: round 2, else round 1, else the self-assessment (else an imported final). */
export function currentInput(
  item: Pick<AssessmentItem, 'round2Input' | 'round1Input' | 'selfInput' | 'finalInput'>,
): LeafInputV1 | null {
  return item.round2Input ?? item.round1Input ?? item.selfInput ?? item.finalInput;
}
