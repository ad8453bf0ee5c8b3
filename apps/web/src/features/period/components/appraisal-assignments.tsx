import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import {
  appraisalAssignmentsQueryOptions,
  useReplaceAppraisalAssignments,
  type AppraisalAssignment,
  type AppraisalAssignmentInput,
} from '../api/appraisal-assignments';
import type { AppraiserOption } from '../options';

/** One row being edited: the areas as typed (`1, 2`), the units as chosen. */
interface Row {
  key: number;
  username: string;
  areas: string;
  unitCodes: string[];
}

const areasOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);

/** The rows as the API takes them: empty lists mean "every area" / "every unit". */
export function toAssignmentInputs(rows: readonly Row[]): AppraisalAssignmentInput[] {
  return rows
    .filter((row) => row.username)
    .map((row) => ({ username: row.username, areaCodes: areasOf(row.areas), unitCodes: row.unitCodes }));
}

function AssignmentsDialog({
  period,
  current,
  appraisers,
  onClose,
}: {
  period: PeriodDetail;
  current: readonly AppraisalAssignment[];
  appraisers: readonly AppraiserOption[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const [next, setNext] = useState(current.length);
  const [rows, setRows] = useState<Row[]>(() =>
    current.map((assignment, key) => ({
      key,
      username: assignment.username,
      areas: assignment.areaCodes.join(', '),
      unitCodes: assignment.unitCodes,
    })),
  );
  const save = useReplaceAppraisalAssignments(period.id, { onSuccess: onClose });
  const update = (key: number, change: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const units = [...period.units].sort((a, b) => a.code.localeCompare(b.code));

  return (
    <FormDialog
      title={t('assignments.editTitle')}
      wide
      onClose={onClose}
      pending={save.isPending}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(toAssignmentInputs(rows));
      }}
    >
      <ErrorAlert error={save.error} details />
      <p className="muted">{t('assignments.explain')}</p>
      {rows.length === 0 && <p>{t('assignments.noneYet')}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <fieldset key={row.key} className="field assignment-row">
            <legend>{t('assignments.row', { n })}</legend>
            <label className="field">
              <span>{t('assignments.appraiser')}</span>
              <select
                aria-label={t('assignments.appraiserOf', { n })}
                value={row.username}
                onChange={(event) => update(row.key, { username: event.target.value })}
              >
                <option value="">{t('assignments.chooseAppraiser')}</option>
                {appraisers.map((appraiser) => (
                  <option key={appraiser.username} value={appraiser.username}>
                    {appraiser.fullName} ({appraiser.username}
                    {appraiser.unitCode ? ` · ${appraiser.unitCode}` : ''})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('assignments.areas')}</span>
              <input
                aria-label={t('assignments.areasOf', { n })}
                value={row.areas}
                placeholder={t('assignments.allAreas')}
                onChange={(event) => update(row.key, { areas: event.target.value })}
              />
              <small className="field-hint">{t('assignments.areasHint')}</small>
            </label>
            <label className="field">
              <span>{t('assignments.units')}</span>
              <select
                multiple
                size={Math.min(8, Math.max(3, units.length))}
                aria-label={t('assignments.unitsOf', { n })}
                value={row.unitCodes}
                onChange={(event) =>
                  update(row.key, {
                    unitCodes: [...event.target.selectedOptions].map((option) => option.value),
                  })
                }
              >
                {units.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unit.code} — {unit.name}
                  </option>
                ))}
              </select>
              <small className="field-hint">{t('assignments.unitsHint')}</small>
            </label>
            <button
              type="button"
              className="button-quiet"
              onClick={() => setRows((all) => all.filter((candidate) => candidate.key !== row.key))}
            >
              {t('assignments.removeRow', { n })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setRows((all) => [...all, { key: next, username: '', areas: '', unitCodes: [] }]);
          setNext(next + 1);
        }}
      >
        {t('assignments.addRow')}
      </button>
    </FormDialog>
  );
}

/**
 * Who appraises what in this period (admin): per appraiser the areas and units they cover; covering every
 * area makes them the council secretary of those units (finalize, bonus/penalty). No assignment at all:
 * each appraiser keeps the areas of their account.
 */
export function AppraisalAssignments({
  period,
  appraisers,
}: {
  period: PeriodDetail;
  appraisers: readonly AppraiserOption[];
}) {
  const { t } = useI18n();
  const list = useQuery(appraisalAssignmentsQueryOptions(period.id));
  const [editing, setEditing] = useState(false);
  const names = new Map(period.units.map((unit) => [unit.code, unit.name]));
  return (
    <>
      <div className="section-header">
        <h2>{t('assignments.title')}</h2>
        {period.state !== 'published' && (
          <button
            type="button"
            className="button-secondary"
            disabled={!list.data}
            onClick={() => setEditing(true)}
          >
            {t('assignments.edit')}
          </button>
        )}
      </div>
      <ErrorAlert error={list.error} />
      {list.data && list.data.length === 0 && <p className="muted">{t('assignments.none')}</p>}
      {list.data && list.data.length > 0 && (
        <DataTable
          caption={t('assignments.title')}
          columns={[t('assignments.appraiser'), t('assignments.areas'), t('assignments.units'), '']}
        >
          {list.data.map((assignment) => (
            <tr key={assignment.userId}>
              <td>
                {assignment.fullName} <span className="muted">({assignment.username})</span>
                {assignment.unitCode && (
                  <div className="muted">{t('assignments.ownUnit', { unit: assignment.unitCode })}</div>
                )}
              </td>
              <td>
                {assignment.areaCodes.length ? assignment.areaCodes.join(', ') : t('assignments.allAreas')}
              </td>
              <td>
                {assignment.unitCodes.length
                  ? assignment.unitCodes.map((code) => `${code} — ${names.get(code) ?? ''}`).join('; ')
                  : t('assignments.allUnits')}
              </td>
              <td>
                {assignment.wholeUnit && <span className="pill pill-ok">{t('assignments.secretary')}</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {editing && list.data && (
        <AssignmentsDialog
          period={period}
          current={list.data}
          appraisers={appraisers}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  );
}
