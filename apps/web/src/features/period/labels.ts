import type { PeriodMoveProblemCode } from '@par/contracts';
import type { MessageKey } from '../../lib/messages';
import type { PeriodState } from '../../lib/period-queries';
import type { AssessmentStatus } from './api/types';

/** The period's path, in order (`POST /periods/{id}/state` moves one step; compute and publish the last two). */
export const PERIOD_STATES: readonly PeriodState[] = [
  'setup',
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
  'computed',
  'published',
];

/** The states the state route moves to; `computed` and `published` come from compute and publish. */
export const MOVABLE_STATES: ReadonlySet<PeriodState> = new Set([
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
]);

export const STATE_LABELS: Record<PeriodState, MessageKey> = {
  setup: 'period.state.setup',
  self_assessment: 'period.state.selfAssessment',
  appraisal: 'period.state.appraisal',
  explanation: 'period.state.explanation',
  final_appraisal: 'period.state.finalAppraisal',
  computed: 'period.state.computed',
  published: 'period.state.published',
};

/** What moving into a state does, said before the user confirms. */
export const STATE_EFFECTS: Partial<Record<PeriodState, MessageKey>> = {
  self_assessment: 'period.effect.selfAssessment',
  appraisal: 'period.effect.appraisal',
  explanation: 'period.effect.explanation',
  final_appraisal: 'period.effect.finalAppraisal',
};

export const ASSESSMENT_LABELS: Record<AssessmentStatus, MessageKey> = {
  draft: 'period.assessment.draft',
  submitted: 'period.assessment.submitted',
  returned: 'period.assessment.returned',
  explained: 'period.assessment.explained',
  final: 'period.assessment.final',
};

export const ASSESSMENT_PILLS: Record<AssessmentStatus, string> = {
  draft: 'pill pill-muted',
  submitted: 'pill pill-warn',
  returned: 'pill pill-bad',
  explained: 'pill pill-warn',
  final: 'pill pill-ok',
};

export const DEADLINES = ['selfAssessment', 'appraisal', 'explanation', 'finalAppraisal'] as const;
export type DeadlineName = (typeof DEADLINES)[number];

export const DEADLINE_LABELS: Record<DeadlineName, MessageKey> = {
  selfAssessment: 'period.deadline.selfAssessment',
  appraisal: 'period.deadline.appraisal',
  explanation: 'period.deadline.explanation',
  finalAppraisal: 'period.deadline.finalAppraisal',
};

/**
 * What to do about each precondition the API names when it refuses a move. Exhaustive: a precondition
 * added to `PERIOD_MOVE_PROBLEM_CODES` (libs/contracts) without a remedy here fails to compile.
 */
export const MOVE_REMEDIES: Record<PeriodMoveProblemCode, MessageKey> = {
  NOT_NEXT_STATE: 'period.remedy.notNextState',
  NOT_BY_STATE_ROUTE: 'period.remedy.notByStateRoute',
  NO_UNITS: 'period.remedy.noUnits',
  CRITERIA_SET_INVALID: 'period.remedy.criteriaSetInvalid',
  UNITS_NOT_SUBMITTED: 'period.remedy.unitsNotSubmitted',
  ROUND1_INCOMPLETE: 'period.remedy.round1Incomplete',
  EXPLANATION_WINDOW_OPEN: 'period.remedy.explanationWindowOpen',
};
