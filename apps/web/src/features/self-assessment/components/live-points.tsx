import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import type { LeafScorePreview } from '../../../lib/score-preview';

/** The points the figures give, as the server will compute them, and why; "—" while they do not fit. */
export function LivePoints({
  preview,
  maxPoints,
  unsaved,
}: {
  preview: LeafScorePreview | null;
  maxPoints: number;
  unsaved?: boolean;
}) {
  const { t, lang } = useI18n();
  const max = pointsText(maxPoints, lang);
  return (
    <output className="live-points" aria-live="polite">
      <span className="live-points-label">
        {t(unsaved ? 'assessment.livePointsUnsaved' : 'assessment.livePoints')}
      </span>
      <strong className="live-points-value" data-testid="live-points">
        {preview?.ok ? pointsText(preview.pointsMilli, lang, true) : '—'}
        <span className="muted"> / {max}</span>
      </strong>
      {preview?.ok && <span className="live-points-why">{preview.why}</span>}
    </output>
  );
}
