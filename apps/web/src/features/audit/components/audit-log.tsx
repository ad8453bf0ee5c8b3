import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { saveBlob } from '../../../lib/download';
import { useI18n } from '../../../lib/i18n';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useExportAudit } from '../api/export-audit';
import { auditQueryOptions, PAGE_SIZE } from '../api/get-audit-entries';
import type { AuditQuery } from '../api/types';
import { ACTION_LABELS, ACTOR_KIND_LABELS, ENTITY_LABELS } from '../labels';
import { AuditDetails } from './audit-details';
import { AUDIT_FILTERS, AuditFilters, type AuditFilterValues } from './audit-filters';

const ACTOR_KINDS = Object.keys(ACTOR_KIND_LABELS) as Array<NonNullable<AuditQuery['actorKind']>>;

/** The filters as the API takes them: whole days in local time, a known actor kind. */
function toQuery(filters: AuditFilterValues, page: number): AuditQuery {
  const actorKind = ACTOR_KINDS.find((kind) => kind === filters.actorKind);
  return {
    action: filters.action,
    entityType: filters.entityType,
    entityId: filters.entityId,
    actor: filters.actor,
    actorKind,
    from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : undefined,
    to: filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
}

/** The append-only audit log: filters, pages, each entry's before/after, CSV export. */
export function AuditLog() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [params, setParams] = useUrlFilters([...AUDIT_FILTERS, 'page']);
  const { page: pageParam, ...filters } = params;
  const page = Math.max(1, Number(pageParam) || 1);
  const query = toQuery(filters, page);
  const entries = useQuery(auditQueryOptions(query));
  const [open, setOpen] = useState<string | null>(null);
  const download = useExportAudit({
    onSuccess: (blob) => saveBlob(blob, `nhat-ky-${new Date().toISOString().slice(0, 10)}.csv`),
  });
  // Words only: an action or a kind of thing a newer API writes and this screen does not know yet reads as
  // "other" (the code stays in the entry's details), never as `period.publish`.
  const entityKind = (type: string) =>
    type in ENTITY_LABELS ? t(ENTITY_LABELS[type]) : t('audit.entity.other');
  const actionName = (action: string, type: string) =>
    action in ACTION_LABELS
      ? t(ACTION_LABELS[action])
      : t('audit.action.other', { entity: entityKind(type) });

  return (
    <section>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        action={{
          label: download.isPending ? t('action.working') : t('audit.export'),
          onClick: () => download.mutate({ ...query, page: undefined, pageSize: undefined }),
          disabled: download.isPending,
          secondary: true,
        }}
      />
      <AuditFilters values={filters} onApply={(values) => setParams(values)} />
      <ErrorAlert error={entries.error ?? download.error} />
      <DataTable
        caption={t('audit.title')}
        columns={[t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.entity')]}
        actionsLabel={t('audit.details')}
        loading={entries.isPending}
        emptyText={entries.data?.total === 0 ? t('audit.empty') : undefined}
        busy={entries.isFetching}
      >
        {(entries.data?.items ?? []).map((entry) => (
          <Fragment key={entry.id}>
            <tr>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                {entry.actorFullName ?? entry.actorName ?? '—'}
                <small className="muted block">
                  {entry.actorFullName && entry.actorName
                    ? `${entry.actorName} · ${t(ACTOR_KIND_LABELS[entry.actorKind])}`
                    : t(ACTOR_KIND_LABELS[entry.actorKind])}
                </small>
              </td>
              <td>{actionName(entry.action, entry.entityType)}</td>
              <td>
                {entityKind(entry.entityType)}
                {entry.entityId && (
                  <button
                    type="button"
                    className="button-link block"
                    title={t('audit.historyOf')}
                    onClick={() =>
                      setParams({ entityType: entry.entityType, entityId: entry.entityId ?? '' })
                    }
                  >
                    {entry.entityName ?? t('audit.entity.deleted')}
                  </button>
                )}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button-link"
                  aria-expanded={open === entry.id}
                  aria-controls={open === entry.id ? `audit-${entry.id}` : undefined}
                  onClick={() => setOpen(open === entry.id ? null : entry.id)}
                >
                  {t(open === entry.id ? 'audit.hide' : 'audit.show')}
                </button>
              </td>
            </tr>
            {open === entry.id && (
              <tr id={`audit-${entry.id}`} className="details-row">
                <td colSpan={5}>
                  <AuditDetails entry={entry} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </DataTable>
      {entries.data && entries.data.total > 0 && (
        <Pagination
          page={entries.data.page}
          pageSize={entries.data.pageSize}
          total={entries.data.total}
          onPage={(next) => setParams({ page: String(next) })}
        />
      )}
      <p className="muted small">
        {t('audit.appendOnly', { total: formatNumber(entries.data?.total ?? 0) })}
      </p>
    </section>
  );
}
