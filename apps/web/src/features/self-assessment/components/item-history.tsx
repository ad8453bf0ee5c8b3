import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { pointsText } from '../../../lib/points';
import { inputOf, type AssessmentItem, type ItemStage } from '../api/types';
import { describeInput } from '../leaf-input';

const STAGES: Array<{
  key: 'self' | 'round1' | 'explanation' | 'round2';
  label: MessageKey;
  text: MessageKey;
}> = [
  { key: 'self', label: 'assessment.history.self', text: 'assessment.history.note' },
  { key: 'round1', label: 'assessment.history.round1', text: 'assessment.history.reason' },
  { key: 'explanation', label: 'assessment.history.explanation', text: 'assessment.history.explanationText' },
  { key: 'round2', label: 'assessment.history.round2', text: 'assessment.history.reason' },
];

/**
 * A leaf's path so far, oldest first: the unit's figures, round 1 (and its reason), the unit's explanation,
 * round 2 — each with who and when.
 */
export function ItemHistory({ item }: { item: AssessmentItem }) {
  const { t, lang, formatDateTime } = useI18n();
  const shown = STAGES.map((stage) => ({ ...stage, value: item[stage.key] })).filter(
    (stage): stage is (typeof STAGES)[number] & { value: ItemStage } => stage.value !== null,
  );
  if (shown.length === 0) return <p className="muted small">{t('assessment.history.empty')}</p>;
  return (
    <ol className="history">
      {shown.map(({ key, label, text, value }) => (
        <li key={key} className={`history-${key}`}>
          <p className="history-head">
            <strong>{t(label)}</strong>
            {value.by && <span className="muted small"> · {value.by}</span>}
            {value.at && (
              <time className="muted small" dateTime={value.at}>
                {' '}
                · {formatDateTime(value.at)}
              </time>
            )}
          </p>
          {key !== 'explanation' && (
            <p className="history-figures">
              {describeInput(inputOf(value), t, lang)} →{' '}
              <strong>{t('assessment.pointsValue', { points: pointsText(value.points, lang) })}</strong>
              {key === 'self' && item.selfSource && (
                <span className="muted small">
                  {' '}
                  · {t('assessment.fromSystem', { source: item.selfSource })}
                </span>
              )}
            </p>
          )}
          {value.text && (
            <p className="history-text">
              <span className="muted">{t(text)}:</span> {value.text}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
