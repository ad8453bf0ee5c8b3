import { NamedDateInput } from '../../../components/date-input';
import { ACTION_GROUPS, ACTION_LABELS, ACTOR_KIND_LABELS, ENTITY_LABELS } from '../labels';
import { formText } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';

export const AUDIT_FILTERS = [
  'action',
  'entityType',
  'entityId',
  'actor',
  'actorKind',
  'from',
  'to',
] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTERS)[number], string>;

function Options({ labels }: { labels: Record<string, MessageKey> }) {
  const { t } = useI18n();
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {t(label)}
    </option>
  ));
}

/** The audit log's filters, applied together with one button (the form is reset from the address). */
export function AuditFilters({
  values,
  onApply,
}: {
  values: AuditFilterValues;
  onApply(values: AuditFilterValues): void;
}) {
  const { t } = useI18n();
  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return Object.fromEntries(AUDIT_FILTERS.map((name) => [name, formText(data, name)])) as AuditFilterValues;
  };
  return (
    <form
      key={JSON.stringify(values)}
      className="filters-grid"
      aria-label={t('audit.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(read(event.currentTarget));
      }}
    >
      <label className="filter">
        {t('audit.action')}
        <select name="action" defaultValue={values.action}>
          <option value="">{t('filter.all')}</option>
          <optgroup label={t('audit.groups')}>
            <Options labels={ACTION_GROUPS} />
          </optgroup>
          <optgroup label={t('audit.actions')}>
            <Options labels={ACTION_LABELS} />
          </optgroup>
        </select>
      </label>
      <label className="filter">
        {t('audit.entityType')}
        <select name="entityType" defaultValue={values.entityType}>
          <option value="">{t('filter.all')}</option>
          <Options labels={ENTITY_LABELS} />
        </select>
      </label>
      <label className="filter">
        {t('audit.entityId')}
        <input name="entityId" defaultValue={values.entityId} autoComplete="off" />
      </label>
      <label className="filter">
        {t('audit.actor')}
        <input name="actor" defaultValue={values.actor} autoComplete="off" />
      </label>
      <label className="filter">
        {t('audit.actorKind')}
        <select name="actorKind" defaultValue={values.actorKind}>
          <option value="">{t('filter.all')}</option>
          <Options labels={ACTOR_KIND_LABELS} />
        </select>
      </label>
      <label className="filter">
        {t('audit.from')}
        <NamedDateInput name="from" defaultValue={values.from} />
      </label>
      <label className="filter">
        {t('audit.to')}
        <NamedDateInput name="to" defaultValue={values.to} />
      </label>
      <div className="filter-buttons">
        <button type="submit" className="button-primary">
          {t('action.filter')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            onApply(Object.fromEntries(AUDIT_FILTERS.map((name) => [name, ''])) as AuditFilterValues)
          }
        >
          {t('action.clearFilters')}
        </button>
      </div>
    </form>
  );
}
