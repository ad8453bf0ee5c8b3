import { useQuery } from '@tanstack/react-query';
import { toMilli, type CriteriaSet } from '@par/scoring';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { completenessQueryOptions } from '../api/get-completeness';
import type { Assessment, LeafRef } from '../api/types';
import { groupByArea } from '../areas';
import { leafOf } from '../scoring';
import { CompletenessPanel } from './completeness-panel';
import { LeafCard } from './leaf-card';
import { AreaSection } from './area-section';
import { LeafSummary } from './leaf-summary';
import { ASSESSMENT_ASIDE_ID, PhoneProgressBar } from './phone-progress-bar';
import { SubmitAssessment } from './submit-assessment';

/**
 * The unit's self-assessment while it is a draft: leaves grouped by area with area totals, each saved on
 * its own; beside them the completeness check and, for the head, the submission.
 */
export function SelfAssessmentForm({
  assessment,
  set,
  maySubmit,
}: {
  assessment: Assessment;
  set: CriteriaSet | undefined;
  maySubmit: boolean;
}) {
  const { t, lang } = useI18n();
  const { periodId, unitCode } = assessment;
  const completeness = useQuery(completenessQueryOptions(periodId, unitCode));
  const areas = groupByArea(assessment, set);
  // The unit's own total and its applicable max, as the server's libs/scoring computes them.
  const selfMilli = toMilli(assessment.selfPoints);
  const at = (leafCode: string): LeafRef => ({ periodId, unitCode, leafCode });

  return (
    <div className="assessment-layout">
      <div className="assessment-main">
        {areas.map((area) => (
          <AreaSection key={area.code} area={area}>
            {area.items.map((item) =>
              item.source === 'survey' ? (
                <LeafSummary key={item.leafCode} item={item} at={at(item.leafCode)} />
              ) : (
                <LeafCard
                  key={item.leafCode}
                  item={item}
                  leaf={leafOf(set, item.leafCode)}
                  at={at(item.leafCode)}
                />
              ),
            )}
          </AreaSection>
        ))}
      </div>
      <aside
        className="assessment-aside"
        id={ASSESSMENT_ASIDE_ID}
        tabIndex={-1}
        aria-label={t('assessment.completeness')}
      >
        <h2>{t('assessment.completeness')}</h2>
        <p className="aside-total">
          {t('assessment.selfTotal')}{' '}
          <strong>
            {pointsText(selfMilli, lang, true)} / {pointsText(assessment.selfMaxPoints, lang)}
          </strong>
        </p>
        <CompletenessPanel completeness={completeness.data} items={assessment.items} />
        {maySubmit ? (
          <SubmitAssessment assessment={assessment} completeness={completeness.data} selfMilli={selfMilli} />
        ) : (
          <p className="muted small">{t('assessment.headSubmits')}</p>
        )}
      </aside>
      <PhoneProgressBar assessment={assessment} completeness={completeness.data} selfMilli={selfMilli} />
    </div>
  );
}
