import type { LeafNode } from '@par/scoring';
import type { Ref } from 'react';
import { ErrorAlert } from '../../../../components/error-alert';
import { useI18n } from '../../../../lib/i18n';
import { pointsText } from '../../../../lib/points';
import { inputOf, type AssessmentItem, type QueueItem } from '../../api/types';
import { describeInput } from '../../leaf-input';
import { EvidencePanel } from '../evidence-panel';
import { ItemHistory } from '../item-history';
import { LeafGuide, LeafHeading } from '../leaf-parts';
import { AdjustForm, roundStage } from './adjust-form';

interface AppraisalItemProps {
  item: QueueItem;
  leaf: LeafNode | undefined;
  periodId: string;
  adjusting: boolean;
  accepting: boolean;
  acceptError: unknown;
  onAccept(): void;
  onAdjust(): void;
  onCancelAdjust(): void;
  onSaved(saved: AssessmentItem): void;
  /** The item's first line, focused when the item opens. */
  titleRef?: Ref<HTMLParagraphElement>;
}

/**
 * One leaf of one unit, side by side: the unit's figures, note and evidence (PDFs preview in place) against
 * the history so far; then the decision — accept, or adjust with a reason.
 */
export function AppraisalItem({
  item,
  leaf,
  periodId,
  adjusting,
  accepting,
  acceptError,
  onAccept,
  onAdjust,
  onCancelAdjust,
  onSaved,
  titleRef,
}: AppraisalItemProps) {
  const { t, lang } = useI18n();
  const decided = roundStage(item, item.round);
  return (
    <article className="appraisal-item" aria-labelledby="appraisal-item-title">
      <p className="muted small appraisal-unit" id="appraisal-item-title" ref={titleRef} tabIndex={-1}>
        {item.unitName} ({item.unitCode}) · {t('appraisal.roundN', { round: item.round })} ·{' '}
        {t('appraisal.areaN', { area: item.areaCode })}
      </p>
      <LeafHeading item={item}>
        <span className={item.pending ? 'pill pill-warn' : 'pill pill-ok'}>
          {t(item.pending ? 'appraisal.pending' : 'appraisal.done')}
        </span>
      </LeafHeading>
      <div className="side-by-side">
        <section aria-label={t('appraisal.unitSide')}>
          <h4>{t('appraisal.unitSide')}</h4>
          <dl className="leaf-guide">
            <dt>{t('assessment.figures')}</dt>
            <dd>{describeInput(inputOf(item.self), t, lang)}</dd>
            <dt>{t('assessment.points')}</dt>
            <dd>
              <strong>{pointsText(item.self?.points, lang)}</strong> / {pointsText(item.maxPoints, lang)}
            </dd>
            <dt>{t('assessment.note')}</dt>
            <dd>{item.self?.text || '—'}</dd>
            {item.selfSource && (
              <>
                <dt>{t('appraisal.source')}</dt>
                <dd>{t('assessment.fromSystem', { source: item.selfSource })}</dd>
              </>
            )}
            {item.explanation?.text && (
              <>
                <dt>{t('assessment.explanation')}</dt>
                <dd>{item.explanation.text}</dd>
              </>
            )}
          </dl>
          <EvidencePanel
            leaf={{ periodId, unitCode: item.unitCode, leafCode: item.leafCode }}
            subject={`${item.unitCode} ${item.leafCode}`}
            evidence={item.evidence}
            stage={null}
          />
        </section>
        <section aria-label={t('appraisal.historySide')}>
          <h4>{t('appraisal.historySide')}</h4>
          <ItemHistory item={item} />
          <p className="small">
            {t('assessment.pointsNow', { points: pointsText(item.points, lang) })}
            {item.why && <span className="muted"> — {item.why}</span>}
          </p>
          <details>
            <summary>{t('appraisal.howScored')}</summary>
            <LeafGuide item={item} />
          </details>
        </section>
      </div>
      <div className="decision">
        {decided && (
          <p className="muted small">
            {t('appraisal.decidedAs', {
              points: pointsText(decided.points, lang),
              by: decided.by ?? '—',
            })}
          </p>
        )}
        {adjusting ? (
          <AdjustForm
            key={`${item.unitCode}/${item.leafCode}`}
            item={item}
            leaf={leaf}
            periodId={periodId}
            onSaved={onSaved}
            onCancel={onCancelAdjust}
          />
        ) : (
          <div className="decision-buttons">
            <button type="button" className="button-primary" disabled={accepting} onClick={onAccept}>
              {accepting
                ? t('action.working')
                : t(item.round === 2 ? 'appraisal.acceptRound1' : 'appraisal.accept')}{' '}
              <kbd>A</kbd>
            </button>
            <button type="button" className="button-secondary" onClick={onAdjust}>
              {t('appraisal.adjust')} <kbd>E</kbd>
            </button>
          </div>
        )}
        <ErrorAlert error={acceptError} />
      </div>
    </article>
  );
}
