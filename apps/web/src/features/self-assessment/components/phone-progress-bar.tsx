import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import type { Assessment, Completeness } from '../api/types';

export const ASSESSMENT_ASIDE_ID = 'assessment-check';

/**
 * On a phone the check and the submit button sit below every leaf (tens of thousands of pixels down): this
 * bar stays at the bottom of the screen with the progress and the self-scored total, and jumps to them.
 * Shown on narrow screens only (self-assessment.css).
 */
export function PhoneProgressBar({
  assessment,
  completeness,
  selfMilli,
}: {
  assessment: Assessment;
  completeness: Completeness | undefined;
  selfMilli: number;
}) {
  const { t, lang, formatNumber } = useI18n();
  const scored = assessment.items.filter((item) => item.source !== 'survey');
  const filled = completeness
    ? scored.length - completeness.missingInput.length
    : scored.filter((item) => item.self).length;
  const jump = () => {
    const aside = document.getElementById(ASSESSMENT_ASIDE_ID);
    aside?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    aside?.focus({ preventScroll: true });
  };
  return (
    <div className="phone-progress-bar" data-testid="phone-progress-bar">
      <span>
        {t('assessment.progress', { filled: formatNumber(filled), total: formatNumber(scored.length) })}
        <br />
        <strong>
          {pointsText(selfMilli, lang, true)} / {pointsText(assessment.selfMaxPoints, lang)}
        </strong>
      </span>
      <button type="button" className="button-primary" onClick={jump}>
        {t('assessment.checkAndSubmit')}
      </button>
    </div>
  );
}
