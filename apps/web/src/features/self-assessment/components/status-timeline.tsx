import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import type { Assessment, AssessmentItem, AssessmentStatus } from '../api/types';

type StageOfItem = 'round1' | 'explanation' | 'round2';

/** The latest time any leaf reached a stage. */
function latest(items: readonly AssessmentItem[], stage: StageOfItem): string | null {
  let last: string | null = null;
  for (const item of items) {
    const at = item[stage]?.at ?? null;
    if (at && (!last || at > last)) last = at;
  }
  return last;
}

/** How many steps are behind an assessment of this status (the next one is under way). */
const DONE: Record<AssessmentStatus, number> = {
  draft: 0,
  submitted: 2,
  returned: 3,
  explained: 4,
  final: 6,
};

interface Step {
  label: MessageKey;
  at: string | null;
  due?: string | null;
}

/**
 * Where a unit's assessment is: self-assessment → submitted → appraisal round 1 → explanation → round 2
 * → final, with the date each step was reached and the deadline of the step under way.
 */
export function StatusTimeline({
  assessment,
  deadlines,
}: {
  assessment: Assessment;
  /** The period's appraisal deadlines, when known. */
  deadlines?: { appraisal: string | null; finalAppraisal: string | null };
}) {
  const { t, formatDateTime } = useI18n();
  const { items } = assessment;
  // Round 1 is over when its results go back to the unit, the explanation when the round closes; until
  // then the latest decision on any leaf tells how far the step got.
  const steps: Step[] = [
    { label: 'assessment.timeline.self', at: null, due: assessment.selfAssessmentDue },
    { label: 'assessment.timeline.submitted', at: assessment.submittedAt },
    {
      label: 'assessment.timeline.round1',
      at: assessment.returnedAt ?? latest(items, 'round1'),
      due: deadlines?.appraisal,
    },
    {
      label: 'assessment.timeline.explanation',
      at: assessment.explainedAt ?? latest(items, 'explanation'),
      due: assessment.explanationDue,
    },
    { label: 'assessment.timeline.round2', at: latest(items, 'round2'), due: deadlines?.finalAppraisal },
    { label: 'assessment.timeline.final', at: assessment.finalAt },
  ];
  const done = DONE[assessment.status];
  return (
    <>
      <ol className="status-timeline" aria-label={t('assessment.timeline.label')}>
        {steps.map((step, i) => {
          const state = i < done ? 'done' : i === done ? 'current' : 'todo';
          return (
            <li
              key={step.label}
              className={`status-timeline-step status-timeline-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="status-timeline-dot" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span className="status-timeline-label">{t(step.label)}</span>
              <span className="visually-hidden">{t(`assessment.timeline.${state}`)}</span>
              {step.at ? (
                <time className="status-timeline-date" dateTime={step.at}>
                  {formatDateTime(step.at)}
                </time>
              ) : (
                state === 'current' &&
                step.due && (
                  <span className="status-timeline-date">
                    {t('assessment.timeline.due', { date: formatDateTime(step.due) })}
                  </span>
                )
              )}
            </li>
          );
        })}
      </ol>
      {assessment.imported && <p className="muted small">{t('assessment.timeline.imported')}</p>}
      {assessment.reopenCount > 0 && (
        <p className="muted small">{t('assessment.timeline.reopened', { count: assessment.reopenCount })}</p>
      )}
    </>
  );
}
