import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { RowAction } from '../../../components/row-action';
import { useI18n } from '../../../lib/i18n';
import { unitTypesQueryOptions } from '../api/get-unit-types';
import type { UnitType } from '../api/types';
import { UnitTypeFormDialog } from './unit-type-form-dialog';

/** The configurable list of unit types (department, commune, ward, ministry…). */
export function UnitTypesAdmin() {
  const { t, formatNumber } = useI18n();
  const types = useQuery(unitTypesQueryOptions());
  const [editing, setEditing] = useState<UnitType | 'new' | null>(null);
  return (
    <section>
      <PageHeader
        title={t('unitTypes.title')}
        description={t('unitTypes.description')}
        action={{ label: t('unitTypes.create'), onClick: () => setEditing('new') }}
      />
      <ErrorAlert error={types.error} />
      <DataTable
        caption={t('unitTypes.title')}
        columns={[
          t('unitTypes.code'),
          t('unitTypes.nameVi'),
          t('unitTypes.nameEn'),
          { label: t('unitTypes.sortOrder'), numeric: true },
          t('units.status'),
        ]}
        loading={types.isPending}
      >
        {(types.data ?? []).map((type) => (
          <tr key={type.code} className={type.active ? undefined : 'row-muted'}>
            <td>
              <code>{type.code}</code>
            </td>
            <td lang="vi">{type.nameVi}</td>
            <td lang="en">{type.nameEn}</td>
            <td className="numeric">{formatNumber(type.sortOrder)}</td>
            <td>
              <span className={type.active ? 'pill pill-ok' : 'pill pill-muted'}>
                {t(type.active ? 'status.inUse' : 'status.retired')}
              </span>
            </td>
            <td className="row-actions">
              <RowAction label={t('action.edit')} subject={type.code} onClick={() => setEditing(type)} />
            </td>
          </tr>
        ))}
      </DataTable>
      {editing && (
        <UnitTypeFormDialog type={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
