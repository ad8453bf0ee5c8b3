import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { useArchiveCriteriaSet } from '../api/archive-criteria-set';
import { useDeleteCriteriaSet } from '../api/delete-criteria-set';
import { useSetExports } from '../api/export-criteria-set';
import { criteriaSetQueryOptions } from '../api/get-criteria-set';
import { usePublishCriteriaSet } from '../api/publish-criteria-set';
import type { CriteriaSetDetail } from '../api/types';
import { STATUS_LABELS, STATUS_PILLS } from '../labels';
import { milliOf } from '../tree';
import { CloneSetDialog } from './clone-set-dialog';
import { CriteriaTree } from './criteria-tree';
import { IssueList } from './issue-list';
import { SetMetaForm } from './set-meta-form';

// The crosswalk (for the trends) is read rarely: its code arrives when the set page has shown the tree.
const CrosswalkPanel = lazy(() =>
  import('./crosswalk-panel').then((module) => ({ default: module.CrosswalkPanel })),
);

type Confirm = 'publish' | 'archive' | 'delete';

/** What an admin may do to a set in each status (each asks first). */
const STATUS_ACTIONS: { kind: Confirm; when: CriteriaSetDetail['status']; className: string }[] = [
  { kind: 'publish', when: 'draft', className: 'button-primary' },
  { kind: 'delete', when: 'draft', className: 'button-danger' },
  { kind: 'archive', when: 'published', className: 'button-secondary' },
];

function SetFacts({ set, typeName }: { set: CriteriaSetDetail; typeName(code: string): string }) {
  const { t, lang, formatDateTime, formatNumber } = useI18n();
  const { bands = [], adjustments } = set.document;
  const points = (value: number | string) => pointsText(milliOf(value) ?? 0, lang, true);
  return (
    <dl className="facts">
      <dt>{t('set.code')}</dt>
      <dd>
        <code>{set.code}</code>
      </dd>
      <dt>{t('set.year')}</dt>
      <dd>{set.year}</dd>
      <dt>{t('set.unitType')}</dt>
      <dd>{typeName(set.unitType)}</dd>
      <dt>{t('set.decision')}</dt>
      <dd>{set.sourceDecision ?? '—'}</dd>
      <dt>{t('set.leaves')}</dt>
      <dd>{formatNumber(set.leafCount)}</dd>
      <dt>{t('set.maxPoints')}</dt>
      <dd>{points(set.maxPoints)}</dd>
      <dt>{t('set.bands')}</dt>
      <dd>
        {bands.length
          ? bands.map((band) => `${band.label} (${band.code}) ≥ ${String(band.minIndex)}`).join(' · ')
          : '—'}
      </dd>
      <dt>{t('set.adjustments')}</dt>
      <dd>
        {adjustments
          ? t('set.adjustmentsValue', {
              bonus: points(adjustments.bonusMax),
              penalty: points(adjustments.penaltyMax),
            })
          : t('set.noAdjustments')}
      </dd>
      {set.publishedAt && (
        <>
          <dt>{t('set.publishedAt')}</dt>
          <dd>{formatDateTime(set.publishedAt)}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * One criteria set: its facts and status, the metadata form and the tree editor while it is a draft (read
 * only once published or archived), publish / archive / clone / delete, exports and the year diff.
 */
export function CriteriaSetPage({
  id,
  canEdit,
  typeName,
}: {
  id: string;
  canEdit: boolean;
  typeName(code: string): string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const detail = useQuery(criteriaSetQueryOptions(id));
  const exports = useSetExports();
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [cloning, setCloning] = useState(false);

  const close = () => setConfirm(null);
  const actions: Record<Confirm, { mutate(): void; reset(): void; isPending: boolean; error: unknown }> = {
    publish: usePublishCriteriaSet(id, { onSuccess: close }),
    archive: useArchiveCriteriaSet(id, { onSuccess: close }),
    // The hook forgets the deleted set only after the page is left (it would read the set again).
    delete: useDeleteCriteriaSet(id, {
      onSuccess: async () => {
        close();
        await navigate('/criteria');
      },
    }),
  };

  if (detail.isPending) return <p role="status">{t('table.loading')}</p>;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const set = detail.data;
  const draft = set.status === 'draft';
  const editable = canEdit && draft;

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/criteria">{t('criteria.title')}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>
            {set.name} <span className={STATUS_PILLS[set.status]}>{t(STATUS_LABELS[set.status])}</span>
          </h1>
          <p className="lead">
            <code>{set.code}</code> · {set.year} · {typeName(set.unitType)}
          </p>
        </div>
      </div>
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={() => exports.json.mutate(set)}>
          {t('criteria.exportJson')}
        </button>
        <button type="button" className="button-secondary" onClick={() => exports.workbook.mutate(set)}>
          {t('criteria.exportExcel')}
        </button>
        <Link className="button-secondary" to={`/criteria/${set.id}/diff`}>
          {t('diff.open')}
        </Link>
        {canEdit && (
          <button type="button" className="button-secondary" onClick={() => setCloning(true)}>
            {t('set.clone')}
          </button>
        )}
        {canEdit &&
          STATUS_ACTIONS.filter((action) => action.when === set.status).map((action) => (
            <button
              key={action.kind}
              type="button"
              className={action.className}
              // Publication needs a set without issues: the list of them says why the button is off.
              disabled={action.kind === 'publish' && set.issues.length > 0}
              aria-describedby={
                action.kind === 'publish' && set.issues.length > 0 ? `issues-${set.id}` : undefined
              }
              onClick={() => {
                actions[action.kind].reset();
                setConfirm(action.kind);
              }}
            >
              {t(`set.${action.kind}`)}
            </button>
          ))}
      </div>
      <ErrorAlert error={exports.error} />
      {!draft && (
        <p className="alert alert-info">
          {t(set.status === 'published' ? 'set.frozen' : 'set.archivedNote')}
        </p>
      )}
      {draft && set.issues.length > 0 && (
        <div className="alert alert-warning" id={`issues-${set.id}`}>
          <p>{t('set.issuesCount', { count: set.issues.length })}</p>
          <IssueList issues={set.issues} />
        </div>
      )}
      {draft && set.issues.length === 0 && <p className="alert alert-success">{t('set.ready')}</p>}
      <SetFacts set={set} typeName={typeName} />
      {editable && <SetMetaForm key={set.id} set={set} />}
      <CriteriaTree set={set} editable={editable} />
      <Suspense fallback={null}>
        <CrosswalkPanel set={set} canEdit={canEdit} />
      </Suspense>
      {confirm && (
        <ConfirmDialog
          title={t(`set.${confirm}Title`, { code: set.code })}
          confirmLabel={t(`set.${confirm}`)}
          danger={confirm !== 'publish'}
          pending={actions[confirm].isPending}
          error={actions[confirm].error}
          onConfirm={() => actions[confirm].mutate()}
          onCancel={() => setConfirm(null)}
        >
          <p>{t(`set.${confirm}Explain`)}</p>
        </ConfirmDialog>
      )}
      {cloning && <CloneSetDialog set={set} onClose={() => setCloning(false)} />}
    </section>
  );
}
