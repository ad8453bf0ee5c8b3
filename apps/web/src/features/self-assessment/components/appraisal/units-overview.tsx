import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../../../../components/data-table';
import { ErrorAlert } from '../../../../components/error-alert';
import { RowAction } from '../../../../components/row-action';
import { useI18n } from '../../../../lib/i18n';
import { pointsText } from '../../../../lib/points';
import { assessmentsQueryOptions } from '../../api/get-assessments';
import { STATUS_LABELS, STATUS_PILLS } from '../../labels';

/** Every unit of the period: status, how far its self-assessment got, its points; opening one filters to it. */
export function UnitsOverview({ periodId, onOpen }: { periodId: string; onOpen(unitCode: string): void }) {
  const { t, lang, compare } = useI18n();
  const units = useQuery(assessmentsQueryOptions(periodId));
  const rows = [...(units.data ?? [])].sort((a, b) => compare(a.unitName, b.unitName));
  return (
    <details className="units-overview">
      <summary>{t('appraisal.unitsOverview', { count: rows.length })}</summary>
      <ErrorAlert error={units.error} />
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
    </details>
  );
}
