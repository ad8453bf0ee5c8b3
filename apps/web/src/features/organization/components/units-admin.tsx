import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { FilterSelect } from '../../../components/filter-select';
import { PageHeader } from '../../../components/page-header';
import { RowAction } from '../../../components/row-action';
import { SearchBox } from '../../../components/search-box';
import { useI18n } from '../../../lib/i18n';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { unitsQueryOptions } from '../api/get-units';
import { useSaveUnit } from '../api/save-unit';
import type { Unit } from '../api/types';
import { useUnitTypes } from '../use-unit-types';
import { UnitFormDialog } from './unit-form-dialog';

const FILTERS = ['q', 'type', 'active'] as const;

/** Evaluated units: search, filter by type and state, create, edit, activate and deactivate. */
export function UnitsAdmin() {
  const { t, compare } = useI18n();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const { types, typeName } = useUnitTypes();
  const units = useQuery(unitsQueryOptions(filters));
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [toggling, setToggling] = useState<Unit | null>(null);

  // Someone changed the unit meanwhile: the hook shows the fresh row; the message stays until the user retries.
  const toggle = useSaveUnit({ onSuccess: () => setToggling(null) });
  const toggleUnit = (unit: Unit) =>
    toggle.mutate({ code: unit.code, changes: { active: !unit.active, version: unit.version } });

  const rows = [...(units.data ?? [])].sort((a, b) => compare(a.name, b.name));

  return (
    <section>
      <PageHeader
        title={t('units.title')}
        description={t('units.description')}
        action={{ label: t('units.create'), onClick: () => setEditing('new') }}
      />
      <div className="toolbar">
        <SearchBox label={t('units.search')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <FilterSelect
          label={t('units.type')}
          value={filters.type}
          options={types.map((type) => ({ value: type.code, label: typeName(type.code) }))}
          onChange={(type) => setFilters({ type })}
        />
        <FilterSelect
          label={t('units.status')}
          value={filters.active}
          options={[
            { value: 'true', label: t('status.active') },
            { value: 'false', label: t('status.inactive') },
          ]}
          onChange={(active) => setFilters({ active })}
        />
      </div>
      <ErrorAlert error={units.error} />
      <DataTable
        caption={t('units.title')}
        columns={[t('units.code'), t('units.name'), t('units.type'), t('units.parent'), t('units.status')]}
        loading={units.isPending}
        emptyText={units.isSuccess && rows.length === 0 ? t('table.empty') : undefined}
      >
        {rows.map((unit) => (
          <tr key={unit.id} className={unit.active ? undefined : 'row-muted'}>
            <td>
              <code>{unit.code}</code>
            </td>
            <td>{unit.name}</td>
            <td>{typeName(unit.type)}</td>
            <td>{unit.parentCode ?? '—'}</td>
            <td>
              <span className={unit.active ? 'pill pill-ok' : 'pill pill-muted'}>
                {t(unit.active ? 'status.active' : 'status.inactive')}
              </span>
            </td>
            <td className="row-actions">
              <RowAction label={t('action.edit')} subject={unit.name} onClick={() => setEditing(unit)} />
              <RowAction
                label={t(unit.active ? 'units.deactivate' : 'units.activate')}
                subject={unit.name}
                onClick={() => {
                  toggle.reset();
                  setToggling(unit);
                }}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      {editing && (
        <UnitFormDialog unit={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {toggling && (
        <ConfirmDialog
          title={t(toggling.active ? 'units.deactivateTitle' : 'units.activateTitle', {
            name: toggling.name,
          })}
          confirmLabel={t(toggling.active ? 'units.deactivate' : 'units.activate')}
          danger={toggling.active}
          pending={toggle.isPending}
          error={toggle.error}
          onConfirm={() => toggleUnit(rows.find((row) => row.id === toggling.id) ?? toggling)}
          onCancel={() => setToggling(null)}
        >
          <p>{t(toggling.active ? 'units.deactivateExplain' : 'units.activateExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
