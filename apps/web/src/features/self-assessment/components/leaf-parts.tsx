import { formatRuleText } from '@par/scoring';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { ruleOf, type AssessmentItem, type ItemStage } from '../api/types';

/** The element id of a leaf's card, for the completeness panel's links. */
export const leafAnchor = (leafCode: string) => `leaf-${leafCode}`;

/** Scrolls to a leaf's card and moves focus to its heading. */
export function jumpToLeaf(leafCode: string): void {
  const card = document.getElementById(leafAnchor(leafCode));
  card?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  card?.querySelector<HTMLElement>('[data-leaf-heading]')?.focus({ preventScroll: true });
}

/** A leaf's code, title and max, with what it scores now beside them. */
export function LeafHeading({
  item,
  id,
  children,
}: {
  item: AssessmentItem;
  id?: string;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <header className="leaf-header">
      <h3 id={id} tabIndex={-1} data-leaf-heading>
        <code>{item.leafCode}</code> {item.title}
      </h3>
      <span className="leaf-max">{t('assessment.max', { points: pointsText(item.maxPoints, lang) })}</span>
      {children}
    </header>
  );
}

/** How a leaf is scored and what it expects: rule, guidance, evidence hint, lead agency. */
export function LeafGuide({ item }: { item: AssessmentItem }) {
  const { t, lang } = useI18n();
  return (
    <dl className="leaf-guide">
      <dt>{t('assessment.rule')}</dt>
      <dd>{formatRuleText(ruleOf(item), { locale: lang })}</dd>
      {item.guidance && (
        <>
          <dt>{t('assessment.guidance')}</dt>
          <dd>{item.guidance}</dd>
        </>
      )}
      {item.evidenceHint && (
        <>
          <dt>{t('assessment.evidenceHint')}</dt>
          <dd>{item.evidenceHint}</dd>
        </>
      )}
      {item.leadAgency && (
        <>
          <dt>{t('assessment.leadAgency')}</dt>
          <dd>{item.leadAgency}</dd>
        </>
      )}
      {item.responsibleAgency && item.responsibleAgency !== item.leadAgency && (
        <>
          <dt>{t('assessment.responsibleAgency')}</dt>
          <dd>{item.responsibleAgency}</dd>
        </>
      )}
    </dl>
  );
}

/** A leaf form's last line: whether it is saved (when, by whom) and its save button. */
export function SaveBar({
  dirty,
  saved,
  label,
  pending,
  disabled,
  autosave = false,
}: {
  dirty: boolean;
  /** The stage as the server has it. */
  saved: ItemStage | null;
  /** The button's name for screen readers ("Lưu tiêu chí 1.2"). */
  label: string;
  pending: boolean;
  disabled: boolean;
  /** The edit will be saved by itself when the user stops typing. */
  autosave?: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="leaf-actions">
      <span className="muted small" role="status">
        {dirty
          ? t(autosave ? 'assessment.autosavePending' : 'assessment.unsaved')
          : saved?.at
            ? t('assessment.savedAt', { time: formatDateTime(saved.at), by: saved.by ?? '—' })
            : ''}
      </span>
      <button type="submit" className="button-primary" aria-label={label} disabled={pending || disabled}>
        {pending ? t('action.saving') : t('action.save')}
      </button>
    </div>
  );
}
