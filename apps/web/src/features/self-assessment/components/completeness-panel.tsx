import { useI18n } from '../../../lib/i18n';
import type { AssessmentItem, Completeness } from '../api/types';
import { jumpToLeaf } from './leaf-parts';

function Gaps({ title, codes, items }: { title: string; codes: string[]; items: readonly AssessmentItem[] }) {
  if (codes.length === 0) return null;
  return (
    <>
      <h3 className="completeness-heading">{title}</h3>
      <ul className="plain-list completeness-list">
        {codes.map((code) => (
          <li key={code}>
            <button type="button" className="button-link" onClick={() => jumpToLeaf(code)}>
              <code>{code}</code> {items.find((item) => item.leafCode === code)?.title}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What still stands between the unit and submission, as the server checks it: leaves without figures and
 * leaves with neither evidence nor a note; each entry jumps to its leaf.
 */
export function CompletenessPanel({
  completeness,
  items,
}: {
  completeness: Completeness | undefined;
  items: readonly AssessmentItem[];
}) {
  const { t } = useI18n();
  if (!completeness) return <p className="muted small">{t('table.loading')}</p>;
  return (
    <div className="completeness" aria-live="polite">
      {completeness.complete ? (
        <p className="alert alert-success">{t('assessment.complete')}</p>
      ) : (
        <p className="alert alert-warning">
          {t('assessment.incomplete', {
            input: completeness.missingInput.length,
            evidence: completeness.missingEvidence.length,
          })}
        </p>
      )}
      <Gaps title={t('assessment.missingInput')} codes={completeness.missingInput} items={items} />
      <Gaps title={t('assessment.missingEvidence')} codes={completeness.missingEvidence} items={items} />
    </div>
  );
}
