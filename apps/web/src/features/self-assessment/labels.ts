import type { MessageKey } from '../../lib/messages';
import type { PeriodState } from '../../lib/period-queries';
import type { AssessmentStatus } from './api/types';

export const PERIOD_STATE_LABELS: Record<PeriodState, MessageKey> = {
  setup: 'assessment.periodState.setup',
  self_assessment: 'assessment.periodState.selfAssessment',
  appraisal: 'assessment.periodState.appraisal',
  explanation: 'assessment.periodState.explanation',
  final_appraisal: 'assessment.periodState.finalAppraisal',
  computed: 'assessment.periodState.computed',
  published: 'assessment.periodState.published',
};

export const STATUS_LABELS: Record<AssessmentStatus, MessageKey> = {
  draft: 'assessment.status.draft',
  submitted: 'assessment.status.submitted',
  returned: 'assessment.status.returned',
  explained: 'assessment.status.explained',
  final: 'assessment.status.final',
};

/** The pill of a status: open work, waiting for others, or done. */
export const STATUS_PILLS: Record<AssessmentStatus, string> = {
  draft: 'pill pill-warn',
  submitted: 'pill pill-muted',
  returned: 'pill pill-bad',
  explained: 'pill pill-muted',
  final: 'pill pill-ok',
};
