import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { RowAction } from '../../../components/row-action';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { pointsText } from '../../../lib/points';
import { useSetExports } from '../api/export-criteria-set';
import { criteriaSetsQueryOptions } from '../api/get-criteria-sets';
import { UnreadableFile, useImportCriteriaSet, type ImportSource } from '../api/import-criteria-set';
import { XLSX_MIME, type CriteriaSetSummary } from '../api/types';
import { STATUS_LABELS, STATUS_PILLS } from '../labels';
import { milliOf } from '../tree';
import { CloneSetDialog } from './clone-set-dialog';

const IMPORTS: { kind: ImportSource['kind']; label: MessageKey; accept: string }[] = [
  { kind: 'json', label: 'criteria.importJson', accept: '.json,application/json' },
  { kind: 'xlsx', label: 'criteria.importExcel', accept: `.xlsx,${XLSX_MIME}` },
];

/**
 * Every criteria set by year: status, unit type, leaves and max points; import a v1 JSON file or the
 * officials' workbook (problems listed with their node or row), export either, clone to a new year.
 */
export function CriteriaSetsList({
  canEdit,
  typeName,
}: {
  canEdit: boolean;
  typeName(code: string): string;
}) {
  const { t, lang, formatNumber } = useI18n();
  const navigate = useNavigate();
  const sets = useQuery(criteriaSetsQueryOptions());
  const exports = useSetExports();
  const [cloning, setCloning] = useState<CriteriaSetSummary | null>(null);

  const upload = useImportCriteriaSet({ onSuccess: (created) => navigate(`/criteria/${created.id}`) });
  const pick = (kind: ImportSource['kind']) => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate({ kind, file });
  };

  const rows = sets.data ?? [];

  return (
    <section>
      <div className="page-header">
        <div>
          <h1>{t('criteria.title')}</h1>
          <p className="lead">{t('criteria.description')}</p>
        </div>
        {canEdit && (
          <div className="button-row">
            {IMPORTS.map(({ kind, label, accept }) => (
              <label key={kind} className="button-secondary file-button">
                {t(label)}
                <input
                  type="file"
                  accept={accept}
                  className="visually-hidden"
                  disabled={upload.isPending}
                  onChange={pick(kind)}
                />
              </label>
            ))}
          </div>
        )}
      </div>
      {upload.isPending && (
        <p className="alert alert-info" role="status">
          {t('criteria.importing')}
        </p>
      )}
      {upload.error instanceof UnreadableFile ? (
        <p className="alert alert-error" role="alert">
          {t('criteria.unreadableJson', { name: upload.error.message })}
        </p>
      ) : (
        <ErrorAlert error={upload.error} details />
      )}
      <ErrorAlert error={sets.error ?? exports.error} />
      {canEdit && <p className="field-hint">{t('criteria.cloneHint')}</p>}
      <DataTable
        caption={t('criteria.title')}
        columns={[
          t('set.code'),
          t('set.name'),
          { label: t('set.year'), numeric: true },
          t('set.unitType'),
          t('set.status'),
          { label: t('set.leaves'), numeric: true },
          { label: t('set.maxPoints'), numeric: true },
        ]}
        loading={sets.isPending}
        emptyText={sets.isSuccess && rows.length === 0 ? t('criteria.empty') : undefined}
      >
        {rows.map((set) => (
          <tr key={set.id} className={set.status === 'archived' ? 'row-muted' : undefined}>
            <td>
              <Link to={`/criteria/${set.id}`}>
                <code>{set.code}</code>
              </Link>
            </td>
            <td>{set.name}</td>
            <td className="numeric">{set.year}</td>
            <td>{typeName(set.unitType)}</td>
            <td>
              <span className={STATUS_PILLS[set.status]}>{t(STATUS_LABELS[set.status])}</span>
            </td>
            <td className="numeric">{formatNumber(set.leafCount)}</td>
            <td className="numeric">{pointsText(milliOf(set.maxPoints) ?? 0, lang, true)}</td>
            <td className="row-actions">
              <RowAction
                label={t('criteria.exportJson')}
                subject={set.code}
                onClick={() => exports.json.mutate(set)}
              />
              <RowAction
                label={t('criteria.exportExcel')}
                subject={set.code}
                onClick={() => exports.workbook.mutate(set)}
              />
              {canEdit && (
                <RowAction label={t('criteria.clone')} subject={set.code} onClick={() => setCloning(set)} />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {cloning && <CloneSetDialog set={cloning} onClose={() => setCloning(null)} />}
    </section>
  );
}
