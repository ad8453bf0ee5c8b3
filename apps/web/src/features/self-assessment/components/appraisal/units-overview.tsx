import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { DataTable } from '../../../../components/data-table';
import { ErrorAlert } from '../../../../components/error-alert';
import { RowAction } from '../../../../components/row-action';
import { useI18n } from '../../../../lib/i18n';
import { pointsText } from '../../../../lib/points';
import { useBulkFinalize, type BulkResult } from '../../api/bulk-appraisal';
import { assessmentsQueryOptions } from '../../api/get-assessments';
import { STATUS_LABELS, STATUS_PILLS } from '../../labels';
import { BulkSummary } from './bulk-summary';

/**
 * Every unit of the period: status, how far its self-assessment got, its points; opening one filters to it.
 * In round 2 the council selects units and finalizes them in one step (with a summary and an undo).
 */
export function UnitsOverview({
  periodId,
  onOpen,
  canFinalize = false,
}: {
  periodId: string;
  onOpen(unitCode: string): void;
  canFinalize?: boolean;
}) {
  const { t, lang, compare, formatNumber } = useI18n();
  const units = useQuery(assessmentsQueryOptions(periodId));
  const rows = [...(units.data ?? [])].sort((a, b) => compare(a.unitName, b.unitName));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const [last, setLast] = useState<{ result: BulkResult; undone: boolean; units: string[] } | null>(null);
  const finalize = useBulkFinalize(periodId, {
    onSuccess: (result, { unitCodes, undo }) => {
      setAsking(false);
      setChosen(new Set());
      const done = result.items.filter((item) => item.outcome === 'done').map((item) => item.unitCode);
      setLast({ result, undone: Boolean(undo), units: undo ? unitCodes : done });
    },
  });
  const selectable = rows.filter((unit) => unit.status === 'explained');
  const names = new Map(rows.map((unit) => [unit.unitCode, unit.unitName]));
  const toggle = (code: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });
  const count = formatNumber(chosen.size);
  return (
    <details className="units-overview" open={canFinalize || undefined}>
      <summary>{t('appraisal.unitsOverview', { count: rows.length })}</summary>
      <ErrorAlert error={units.error} />
      {last && (
        <BulkSummary
          result={last.result}
          undone={last.undone}
          unitName={(code) => names.get(code) ?? code}
          undoing={finalize.isPending}
          onUndo={() => finalize.mutate({ unitCodes: last.units, undo: true })}
          onClose={() => setLast(null)}
        />
      )}
      {canFinalize && (
        <div className="toolbar">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={selectable.length > 0 && selectable.every((unit) => chosen.has(unit.unitCode))}
              onChange={(event) =>
                setChosen(new Set(event.target.checked ? selectable.map((unit) => unit.unitCode) : []))
              }
            />
            {t('appraisal.bulk.selectAll')}
          </label>
          <button
            type="button"
            className="button-primary"
            disabled={chosen.size === 0}
            onClick={() => {
              finalize.reset();
              setAsking(true);
            }}
          >
            {t('appraisal.bulk.finalize', { count })}
          </button>
        </div>
      )}
      <DataTable
        caption={t('appraisal.unitsOverview', { count: rows.length })}
        columns={[
          t('assessment.unit'),
          t('appraisal.status'),
          { label: t('appraisal.filled'), numeric: true },
          { label: t('appraisal.selfPoints'), numeric: true },
          { label: t('appraisal.currentPoints'), numeric: true },
        ]}
        loading={units.isPending}
      >
        {rows.map((unit) => (
          <tr key={unit.unitCode}>
            <td>
              {canFinalize && unit.status === 'explained' && (
                <input
                  type="checkbox"
                  className="row-check"
                  aria-label={t('appraisal.bulk.select', { unit: unit.unitName })}
                  checked={chosen.has(unit.unitCode)}
                  onChange={() => toggle(unit.unitCode)}
                />
              )}{' '}
              {unit.unitName} <code className="muted">{unit.unitCode}</code>
            </td>
            <td>
              <span className={STATUS_PILLS[unit.status]}>{t(STATUS_LABELS[unit.status])}</span>
            </td>
            <td className="numeric">
              {unit.filled}/{unit.leaves}
            </td>
            <td className="numeric">{pointsText(unit.selfPoints, lang)}</td>
            <td className="numeric">
              {pointsText(unit.points, lang)} / {pointsText(unit.maxPoints, lang)}
            </td>
            <td className="row-actions">
              <RowAction
                label={t('appraisal.openUnit')}
                subject={unit.unitName}
                onClick={() => onOpen(unit.unitCode)}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      {asking && (
        <ConfirmDialog
          title={t('appraisal.bulk.finalizeTitle', { count })}
          confirmLabel={t('appraisal.bulk.finalize', { count })}
          pending={finalize.isPending}
          error={finalize.error}
          onConfirm={() => finalize.mutate({ unitCodes: [...chosen] })}
          onCancel={() => setAsking(false)}
        >
          <p>{t('appraisal.bulk.finalizeExplain')}</p>
        </ConfirmDialog>
      )}
    </details>
  );
}
