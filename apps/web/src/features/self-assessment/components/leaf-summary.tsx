import { useId } from 'react';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import type { AssessmentItem, LeafRef } from '../api/types';
import { EvidencePanel } from './evidence-panel';
import { ItemHistory } from './item-history';
import { SurveyResult } from './survey-result';
import { leafAnchor, LeafGuide, LeafHeading } from './leaf-parts';

/**
 * A leaf the reader cannot change (submitted, locked, or a survey leaf): what it asks, its history so far,
 * the points that count now and why, and its evidence to preview or download. A survey leaf shows its
 * survey stage instead: the survey points and the answers per option (no history: nobody adjusts it).
 */
export function LeafSummary({ item, at }: { item: AssessmentItem; at: LeafRef }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const survey = item.source === 'survey';
  return (
    <article
      className={survey ? 'leaf-card leaf-card-readonly leaf-card-survey' : 'leaf-card leaf-card-readonly'}
      id={leafAnchor(item.leafCode)}
      aria-labelledby={headingId}
    >
      <LeafHeading item={item} id={headingId}>
        <span className="leaf-saved">
          {t('assessment.pointsNow', { points: pointsText(item.points, lang) })}
        </span>
      </LeafHeading>
      <LeafGuide item={item} />
      {survey ? (
        <SurveyResult item={item} />
      ) : (
        <>
          <ItemHistory item={item} />
          {item.why && <p className="muted small">{item.why}</p>}
          <EvidencePanel
            leaf={at}
            subject={`${item.leafCode} ${item.title}`}
            evidence={item.evidence}
            stage={null}
          />
        </>
      )}
    </article>
  );
}
