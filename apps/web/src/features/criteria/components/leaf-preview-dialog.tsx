import { formatRuleText, type CriteriaNodeV1, type RuleV1 } from '@par/scoring';
import { Dialog } from '../../../components/dialog';
import { useI18n } from '../../../lib/i18n';
import { previewLeaf } from '../preview';
import { RulePreview } from './rule-preview';

/** A leaf of a set that cannot be edited (published, or a reader's view): its rule, and a try-out box. */
export function LeafPreviewDialog({
  node,
  rule,
  onClose,
}: {
  node: CriteriaNodeV1;
  rule: RuleV1;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const leaf = previewLeaf({
    code: node.code,
    title: node.title,
    maxPoints: node.maxPoints,
    source: node.source,
    rule,
  });
  return (
    <Dialog wide title={t('tree.previewTitle', { code: node.code })} onClose={onClose}>
      <div className="leaf-preview">
        <div>
          <p>
            <strong>{node.title}</strong>
          </p>
          <p className="rule-text">
            <strong>{t('rule.text')}:</strong> {formatRuleText(rule, { locale: lang })}
          </p>
          {node.guidance && (
            <p>
              <strong>{t('node.guidance')}:</strong> {node.guidance}
            </p>
          )}
          {node.evidence && (
            <p>
              <strong>{t('node.evidence')}:</strong> {node.evidence}
            </p>
          )}
        </div>
        <RulePreview leaf={leaf.ok ? leaf.leaf : null} issues={leaf.ok ? [] : leaf.issues} />
      </div>
    </Dialog>
  );
}
