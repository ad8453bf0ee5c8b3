import type { CriteriaNodeV1 } from '@par/scoring';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import { useSaveNode } from '../api/save-node';
import type { CriteriaSetDetail } from '../api/types';
import { isBranch, placesOf, subtreeCodes } from '../tree';

const ROOT = '';

/** Moves a node (with its subtree) under another parent, at a chosen place among the new siblings. */
export function MoveNodeDialog({
  set,
  node,
  onClose,
}: {
  set: CriteriaSetDetail;
  node: CriteriaNodeV1;
  onClose(): void;
}) {
  const { t } = useI18n();
  const parentId = useId();
  const positionId = useId();
  const places = placesOf(set.document);
  const current = places.get(node.code);
  const [parent, setParent] = useState(current?.parentCode ?? ROOT);
  const [position, setPosition] = useState('end');
  const excluded = subtreeCodes(node);
  const parents = [...places.values()].filter((place) => !excluded.has(place.node.code));
  const siblings = (parent === ROOT ? set.document.nodes : (places.get(parent)?.node.children ?? [])).filter(
    (sibling) => sibling.code !== node.code,
  );
  const target = places.get(parent)?.node;

  const move = useSaveNode(set.id, { onSuccess: onClose });

  return (
    <FormDialog
      title={t('tree.moveTitle', { code: node.code })}
      submitLabel={t('tree.move')}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        move.mutate({
          code: node.code,
          changes: {
            parentCode: parent === ROOT ? null : parent,
            position: position === 'end' ? siblings.length : Number(position),
          },
        });
      }}
      pending={move.isPending}
    >
      <ErrorAlert error={move.error} details />
      <div className="field">
        <label htmlFor={parentId}>{t('tree.newParent')}</label>
        <select
          id={parentId}
          value={parent}
          onChange={(event) => {
            setParent(event.target.value);
            setPosition('end');
          }}
        >
          <option value={ROOT}>{t('tree.asArea')}</option>
          {parents.map((place) => (
            <option key={place.node.code} value={place.node.code}>
              {`${'\u00a0\u00a0'.repeat(place.depth - 1)}${place.node.code} — ${place.node.title}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={positionId}>{t('tree.position')}</label>
        <select id={positionId} value={position} onChange={(event) => setPosition(event.target.value)}>
          {siblings.map((sibling, i) => (
            <option key={sibling.code} value={String(i)}>
              {t('tree.before', { code: sibling.code })}
            </option>
          ))}
          <option value="end">{t('tree.atEnd')}</option>
        </select>
      </div>
      {target && !isBranch(target) && <p className="alert alert-warning">{t('tree.leafBecomesBranch')}</p>}
      <p className="field-hint">{t('tree.moveHint')}</p>
    </FormDialog>
  );
}
