import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { submitAssessment, type Assessment, type Completeness } from '../api';

/**
 * The unit head's submission: once everything is in, after a confirmation saying what it locks and the
 * total the unit gives itself. A refusal (422 ASSESSMENT_INCOMPLETE) lists what is missing.
 */
export function SubmitAssessment({
  assessment,
  completeness,
  selfMilli,
  onSubmitted,
}: {
  assessment: Assessment;
  completeness: Completeness | undefined;
  selfMilli: number;
  onSubmitted(assessment: Assessment): void;
}) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    mutationFn: () => submitAssessment(assessment.periodId, assessment.unitCode),
    onSuccess: (submitted) => {
      setConfirming(false);
      onSubmitted(submitted);
    },
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
              max: pointsText(assessment.maxPoints, lang),
            })}
          </p>
          <p>{t('assessment.submitLock')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
