import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { useSubmitAssessment } from '../api/submit-assessment';
import type { Assessment, Completeness } from '../api/types';

/**
 * The unit head's submission: once everything is in, after a confirmation saying what it locks and the
 * total the unit gives itself. A refusal (422 ASSESSMENT_INCOMPLETE) lists what is missing.
 */
export function SubmitAssessment({
  assessment,
  completeness,
  selfMilli,
}: {
  assessment: Assessment;
  completeness: Completeness | undefined;
  selfMilli: number;
}) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitAssessment(assessment.periodId, assessment.unitCode, {
    onSuccess: () => setConfirming(false),
  });
  return (
    <>
      <button
        type="button"
        className="button-primary button-block"
        disabled={!completeness?.complete}
        onClick={() => {
          submit.reset();
          setConfirming(true);
        }}
      >
        {t('assessment.submit')}
      </button>
      {!completeness?.complete && <p className="muted small">{t('assessment.submitWhenComplete')}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('assessment.submitTitle', { unit: assessment.unitName })}
          confirmLabel={t('assessment.submitConfirm')}
          pending={submit.isPending}
          error={submit.error}
          onConfirm={() => submit.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('assessment.submitExplain', {
              points: pointsText(selfMilli, lang, true),
              max: pointsText(assessment.selfMaxPoints, lang),
            })}
          </p>
          <p>{t('assessment.submitLock')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
