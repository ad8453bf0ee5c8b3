import {
  formatRuleText,
  type CriteriaFieldChange,
  type CriteriaNodeSummary,
  type RuleV1,
} from '@par/scoring';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { DiffTable } from '../../../components/diff-table';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { pointsText } from '../../../lib/points';
import { criteriaSetQueryOptions } from '../api/get-criteria-set';
import { criteriaSetDiffQueryOptions } from '../api/get-criteria-set-diff';
import { criteriaSetsQueryOptions } from '../api/get-criteria-sets';
import { SOURCE_LABELS } from '../labels';

const FIELD_LABELS: Record<CriteriaFieldChange['field'], MessageKey> = {
  title: 'node.title',
  maxMilli: 'node.maxPoints',
  rule: 'rule.title',
  source: 'node.source',
  leadAgency: 'node.leadAgency',
  responsibleAgency: 'node.responsibleAgency',
  parentCode: 'diff.parent',
  guidance: 'node.guidance',
  evidence: 'node.evidence',
};

/**
 * This set against another one (typically last year's): per-area max changes, nodes added and removed,
 * and each changed node field by field (before → after). The other set is kept in the address.
 */
export function SetDiff({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const pickerId = useId();
  const [params, setParams] = useSearchParams();
  const against = params.get('against') ?? '';
  const current = useQuery(criteriaSetQueryOptions(id));
  const sets = useQuery(criteriaSetsQueryOptions());
  const comparison = useQuery(criteriaSetDiffQueryOptions(id, against));
  const points = (milli: number | null) => pointsText(milli, lang, true);
  const signed = (milli: number) =>
    milli > 0 ? `+${points(milli)}` : milli < 0 ? `−${points(-milli)}` : '0';
  const ruleText = (rule: RuleV1 | null) => {
    if (!rule) return '';
    try {
      return formatRuleText(rule, { locale: lang });
    } catch {
      return JSON.stringify(rule);
    }
  };
  const valueText = (change: CriteriaFieldChange, side: 'before' | 'after'): string => {
    switch (change.field) {
      case 'maxMilli':
        return points(change[side]);
      case 'rule':
        return ruleText(change[side]);
      case 'source': {
        const source = change[side];
        return source ? t(SOURCE_LABELS[source]) : '';
      }
      case 'parentCode':
        return change[side] ?? t('diff.root');
      default:
        return change[side] ?? '';
    }
  };
  const others = (sets.data ?? []).filter((set) => set.id !== id);
  const nodeColumns = [
    t('node.code'),
    t('node.title'),
    t('diff.kind'),
    { label: t('node.maxPoints'), numeric: true },
  ];
  /** Nodes only one side has (added or removed), indented by depth. */
  const nodeSection = (title: string, nodes: readonly CriteriaNodeSummary[]) => (
    <>
      <h2>{title}</h2>
      {nodes.length ? (
        <DataTable caption={title} columns={nodeColumns}>
          {nodes.map((node) => (
            <tr key={node.code}>
              <td>
                <code>{node.code}</code>
              </td>
              <td style={{ paddingLeft: `${0.6 + (node.depth - 1) * 1}rem` }}>{node.title}</td>
              <td>{t(node.type === 'leaf' ? 'diff.leaf' : 'diff.branch')}</td>
              <td className="numeric">{points(node.maxMilli)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="muted">{t('diff.none')}</p>
      )}
    </>
  );

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/criteria">{t('criteria.title')}</Link> ›{' '}
        <Link to={`/criteria/${id}`}>{current.data?.code ?? '…'}</Link>
      </p>
      <h1>{t('diff.title', { code: current.data?.code ?? '' })}</h1>
      <p className="lead">{t('diff.description')}</p>
      <div className="toolbar">
        <label className="filter" htmlFor={pickerId}>
          {t('diff.against')}
          <select
            id={pickerId}
            value={against}
            onChange={(event) =>
              setParams(event.target.value ? { against: event.target.value } : {}, { replace: true })
            }
          >
            <option value="">{t('form.choose')}</option>
            {others.map((set) => (
              <option key={set.id} value={set.id}>
                {`${set.code} — ${set.name} (${set.year})`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorAlert error={current.error ?? sets.error} />
      <ErrorAlert error={comparison.error} details />
      {comparison.error instanceof ApiError && comparison.error.code === 'CRITERIA_SET_INVALID' && (
        <p className="field-hint">{t('diff.needsValid')}</p>
      )}
      {!against && <p className="muted">{t('diff.pick')}</p>}
      {comparison.isFetching && <p role="status">{t('table.loading')}</p>}
      {comparison.data && (
        <>
          <p className="diff-summary" role="status">
            {t('diff.summary', {
              before: comparison.data.before.code,
              after: comparison.data.after.code,
              added: comparison.data.diff.added.length,
              removed: comparison.data.diff.removed.length,
              changed: comparison.data.diff.changed.length,
              unchanged: comparison.data.diff.unchanged,
              maxBefore: points(comparison.data.diff.maxMilliBefore),
              maxAfter: points(comparison.data.diff.maxMilliAfter),
            })}
          </p>
          <h2>{t('diff.areas')}</h2>
          <DataTable
            caption={t('diff.areas')}
            columns={[
              t('node.code'),
              t('node.title'),
              { label: comparison.data.before.code, numeric: true },
              { label: comparison.data.after.code, numeric: true },
              { label: t('diff.change'), numeric: true },
            ]}
          >
            {comparison.data.diff.areas.map((area) => (
              <tr key={area.code}>
                <td>
                  <code>{area.code}</code>
                </td>
                <td>{area.title}</td>
                <td className="numeric">{points(area.maxMilliBefore)}</td>
                <td className="numeric">{points(area.maxMilliAfter)}</td>
                <td className={area.changeMilli === 0 ? 'numeric muted' : 'numeric diff-change'}>
                  {signed(area.changeMilli)}
                </td>
              </tr>
            ))}
          </DataTable>
          {nodeSection(
            t('diff.added', { count: comparison.data.diff.added.length }),
            comparison.data.diff.added,
          )}
          {nodeSection(
            t('diff.removed', { count: comparison.data.diff.removed.length }),
            comparison.data.diff.removed,
          )}
          <h2>{t('diff.changed', { count: comparison.data.diff.changed.length })}</h2>
          {comparison.data.diff.changed.length === 0 && <p className="muted">{t('diff.none')}</p>}
          <div className="diff-changes">
            {comparison.data.diff.changed.map((change) => (
              <DiffTable
                key={change.code}
                caption={`${change.code} — ${change.after.title}`}
                headers={[t('conflict.field'), comparison.data.before.code, comparison.data.after.code]}
                rows={change.changes.map((field) => ({
                  key: field.field,
                  field: t(FIELD_LABELS[field.field]),
                  before: valueText(field, 'before'),
                  after: valueText(field, 'after'),
                }))}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
