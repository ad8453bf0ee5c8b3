import { formatRuleText, type CriteriaNodeV1, type RuleV1 } from '@par/scoring';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { RowAction } from '../../../components/row-action';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { useDeleteNode } from '../api/delete-node';
import { useSaveNode } from '../api/save-node';
import type { CriteriaSetDetail } from '../api/types';
import { SOURCE_LABELS } from '../labels';
import {
  childrenMilli,
  isBranch,
  issuesByNode,
  milliOf,
  placesOf,
  subtreeCodes,
  type NodePlace,
} from '../tree';
import { IssueList } from './issue-list';
import { LeafPreviewDialog } from './leaf-preview-dialog';
import { MoveNodeDialog } from './move-node-dialog';
import { NodeFormDialog, type NodeTarget } from './node-form-dialog';

type Dialog =
  | NodeTarget
  | { mode: 'move'; node: CriteriaNodeV1 }
  | { mode: 'delete'; node: CriteriaNodeV1 }
  | { mode: 'preview'; node: CriteriaNodeV1; rule: RuleV1 };

function ruleText(rule: RuleV1, locale: 'vi' | 'en'): string {
  try {
    return formatRuleText(rule, { locale });
  } catch {
    return rule.kind;
  }
}

/**
 * The set's tree: areas → criteria → sub-criteria, each with its max, Σ of its children (flagged where they
 * differ) and the API's open issues next to the node they name. On a draft, every node can be edited,
 * renamed, moved (up, down, to another parent), deleted, and given a child or a sibling.
 */
export function CriteriaTree({ set, editable }: { set: CriteriaSetDetail; editable: boolean }) {
  const { t, lang } = useI18n();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const places = placesOf(set.document);
  const { byNode, general } = issuesByNode(set.issues);
  const points = (milli: number | null) => pointsText(milli, lang, true);
  const branches = [...places.values()].filter((place) => isBranch(place.node)).map((p) => p.node.code);

  const reorder = useSaveNode(set.id);
  const remove = useDeleteNode(set.id, { onSuccess: () => setDialog(null) });

  const toggle = (code: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const renderNode = (place: NodePlace) => {
    const { node, parentCode, index, siblingCount, depth } = place;
    const branch = isBranch(node);
    const open = !collapsed.has(node.code);
    const max = milliOf(node.maxPoints);
    const sum = branch ? childrenMilli(node) : null;
    const mismatch = branch && sum !== max;
    const issues = byNode.get(node.code) ?? [];
    const subject = `${node.code} ${node.title}`;
    const headingId = `node-${set.id}-${node.code}`;
    return (
      <li key={node.code} className="tree-node" aria-labelledby={headingId}>
        <div className={issues.length ? 'tree-row tree-row-issue' : 'tree-row'} data-depth={depth}>
          {branch ? (
            <button
              type="button"
              className="tree-toggle"
              aria-expanded={open}
              aria-label={t(open ? 'tree.collapse' : 'tree.expand', { code: node.code })}
              onClick={() => toggle(node.code)}
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="tree-toggle" aria-hidden="true" />
          )}
          <span className="tree-label" id={headingId}>
            <code className="tree-code">{node.code}</code> <span className="tree-title">{node.title}</span>
          </span>
          <span className="tree-points">{t('tree.points', { points: points(max) })}</span>
          {branch && (
            <span className={mismatch ? 'pill pill-bad' : 'pill pill-muted'}>
              {mismatch
                ? t('tree.sumMismatch', { sum: points(sum), max: points(max) })
                : t('tree.sumOk', { sum: points(sum) })}
            </span>
          )}
        </div>
        <div className="tree-details">
          {!branch && (
            <p className="tree-meta">
              {node.rule ? (
                <span>{ruleText(node.rule, lang)}</span>
              ) : (
                <span className="pill pill-warn">{t('tree.noRule')}</span>
              )}
              {node.source && <span className="muted"> · {t(SOURCE_LABELS[node.source])}</span>}
              {node.leadAgency && (
                <span className="muted"> · {t('tree.leadAgency', { code: node.leadAgency })}</span>
              )}
              {node.responsibleAgency && (
                <span className="muted">
                  {' '}
                  · {t('tree.responsibleAgency', { agency: node.responsibleAgency })}
                </span>
              )}
            </p>
          )}
          <IssueList issues={issues} />
          {!editable && !branch && node.rule && (
            <div className="tree-actions">
              <RowAction
                label={t('tree.preview')}
                subject={subject}
                onClick={() => node.rule && setDialog({ mode: 'preview', node, rule: node.rule })}
              />
            </div>
          )}
          {editable && (
            <div className="tree-actions">
              <RowAction
                label={t('action.edit')}
                subject={subject}
                onClick={() => setDialog({ mode: 'edit', node })}
              />
              <RowAction
                label={t('tree.addChild')}
                subject={subject}
                onClick={() => setDialog({ mode: 'add', parentCode: node.code })}
              />
              <RowAction
                label={t('tree.addSibling')}
                subject={subject}
                onClick={() => setDialog({ mode: 'add', parentCode, position: index + 1 })}
              />
              <RowAction
                label={t('tree.moveUp')}
                subject={subject}
                disabled={index === 0 || reorder.isPending}
                onClick={() => reorder.mutate({ code: node.code, changes: { position: index - 1 } })}
              />
              <RowAction
                label={t('tree.moveDown')}
                subject={subject}
                disabled={index === siblingCount - 1 || reorder.isPending}
                onClick={() => reorder.mutate({ code: node.code, changes: { position: index + 1 } })}
              />
              <RowAction
                label={t('tree.moveTo')}
                subject={subject}
                onClick={() => setDialog({ mode: 'move', node })}
              />
              <RowAction
                label={t('tree.delete')}
                subject={subject}
                danger
                onClick={() => {
                  remove.reset();
                  setDialog({ mode: 'delete', node });
                }}
              />
            </div>
          )}
        </div>
        {branch && open && (
          <ul className="tree-children">
            {(node.children ?? []).map((child) => {
              const childPlace = places.get(child.code);
              return childPlace ? renderNode(childPlace) : null;
            })}
          </ul>
        )}
      </li>
    );
  };

  const doomed = dialog?.mode === 'delete' ? subtreeCodes(dialog.node).size - 1 : 0;

  return (
    <section className="criteria-tree" aria-labelledby={`tree-${set.id}`}>
      <div className="section-header">
        <h2 id={`tree-${set.id}`}>{t('tree.title')}</h2>
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={() => setCollapsed(new Set())}>
            {t('tree.expandAll')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setCollapsed(new Set(branches))}>
            {t('tree.collapseAll')}
          </button>
          {editable && (
            <button
              type="button"
              className="button-primary"
              onClick={() => setDialog({ mode: 'add', parentCode: null })}
            >
              {t('tree.addArea')}
            </button>
          )}
        </div>
      </div>
      <p className="muted">
        {t('tree.total', {
          points: points(set.document.nodes.reduce((sum, area) => sum + (milliOf(area.maxPoints) ?? 0), 0)),
          leaves: set.leafCount,
        })}
      </p>
      {general.length > 0 && (
        <div className="alert alert-warning">
          <IssueList issues={general} />
        </div>
      )}
      <ErrorAlert error={reorder.error} details />
      {set.document.nodes.length === 0 ? (
        <p className="muted">{t('tree.empty')}</p>
      ) : (
        <ul className="tree-root">
          {set.document.nodes.map((area) => {
            const place = places.get(area.code);
            return place ? renderNode(place) : null;
          })}
        </ul>
      )}
      {(dialog?.mode === 'add' || dialog?.mode === 'edit') && (
        <NodeFormDialog set={set} target={dialog} onClose={() => setDialog(null)} />
      )}
      {dialog?.mode === 'preview' && (
        <LeafPreviewDialog node={dialog.node} rule={dialog.rule} onClose={() => setDialog(null)} />
      )}
      {dialog?.mode === 'move' && (
        <MoveNodeDialog set={set} node={dialog.node} onClose={() => setDialog(null)} />
      )}
      {dialog?.mode === 'delete' && (
        <ConfirmDialog
          title={t('tree.deleteTitle', { code: dialog.node.code })}
          confirmLabel={t('tree.delete')}
          danger
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(dialog.node.code)}
          onCancel={() => setDialog(null)}
        >
          <p>{t('tree.deleteExplain', { title: dialog.node.title, count: doomed })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
