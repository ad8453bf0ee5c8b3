import { useI18n } from '../../../../lib/i18n';
import type { BulkResult } from '../../api/bulk-appraisal';

/**
 * What the last bulk step did, announced politely: how many were done and refused, each refusal with its
 * unit (by name), leaf and reason, and the undo of that step while it is still possible.
 */
export function BulkSummary({
  result,
  undone,
  unitName,
  onUndo,
  undoing,
  onClose,
}: {
  result: BulkResult;
  /** The summary of an undo (no further undo offered). */
  undone: boolean;
  unitName(code: string): string;
  onUndo?: () => void;
  undoing: boolean;
  onClose(): void;
}) {
  const { t, lang, formatNumber } = useI18n();
  const refused = result.items.filter((item) => item.outcome === 'refused');
  return (
    <div className="bulk-summary alert alert-success" role="status" aria-live="polite">
      <p>
        <strong>
          {t(undone ? 'appraisal.bulk.undone' : 'appraisal.bulk.done', {
            done: formatNumber(result.done),
            refused: formatNumber(result.refused),
          })}
        </strong>
      </p>
      {refused.length > 0 && (
        <ul className="problem-list">
          {refused.slice(0, 20).map((item) => (
            <li key={`${item.unitCode}/${item.leafCode ?? ''}`}>
              {unitName(item.unitCode)}
              {item.leafCode ? ` — ${t('appraisal.bulk.leaf', { code: item.leafCode })}` : ''}:{' '}
              {(lang === 'en' ? item.messageEn : item.message) ?? item.code}
            </li>
          ))}
          {refused.length > 20 && (
            <li>{t('appraisal.bulk.more', { count: formatNumber(refused.length - 20) })}</li>
          )}
        </ul>
      )}
      <div className="form-actions">
        {onUndo && !undone && result.done > 0 && (
          <button type="button" className="button-secondary" disabled={undoing} onClick={onUndo}>
            {undoing ? t('action.working') : t('appraisal.bulk.undo')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
    </div>
  );
}
