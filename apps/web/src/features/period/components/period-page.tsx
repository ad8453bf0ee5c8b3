import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { RowAction } from '../../../components/row-action';
import { useI18n } from '../../../lib/i18n';
import { officialDate } from '../../../lib/official-date';
import { periodQueryOptions, type PeriodDetail, type PeriodState } from '../../../lib/period-queries';
import { groupName, rankingGroupsQueryOptions } from '../../../lib/ranking-groups';
import { useComputeResults } from '../api/compute-results';
import { periodResultsQueryOptions } from '../api/get-period-results';
import { useMovePeriod } from '../api/move-period';
import { useRemovePeriodUnit } from '../api/remove-period-unit';
import { bandsOf, type PeriodUnit } from '../api/types';
import {
  ASSESSMENT_LABELS,
  ASSESSMENT_PILLS,
  DEADLINE_LABELS,
  DEADLINES,
  MOVABLE_STATES,
  PERIOD_STATES,
  STATE_EFFECTS,
  STATE_LABELS,
} from '../labels';
import { AddUnitDialog } from './add-unit-dialog';
import { MoveRefusal } from './move-refusal';
import { RankingGroupsEditor } from './ranking-groups-editor';
import { AppraisalAssignments } from './appraisal-assignments';
import { PeriodEditDialog } from './period-edit-dialog';
import type { AppraiserOption, UnitOption } from '../options';
import { PublishDialog } from './publish-dialog';
import { UnitDeadlineDialog } from './unit-deadline-dialog';

type Dialog =
  | { kind: 'move'; state: PeriodState }
  | { kind: 'publish' }
  | { kind: 'edit' }
  | { kind: 'addUnit' }
  | { kind: 'extend'; unit: PeriodUnit }
  | { kind: 'remove'; unit: PeriodUnit };

/** The states as steps: done, current, to come; the current one is announced as such. */
function StateTimeline({ state }: { state: PeriodState }) {
  const { t } = useI18n();
  const current = PERIOD_STATES.indexOf(state);
  return (
    <ol className="timeline" aria-label={t('period.timeline')}>
      {PERIOD_STATES.map((step, index) => (
        <li
          key={step}
          className={index < current ? 'done' : index === current ? 'current' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(STATE_LABELS[step])}
        </li>
      ))}
    </ol>
  );
}

/** A band's name for a unit, from the bands of the unit's criteria set (its code when the set does not name it). */
function useBandLabels(period: PeriodDetail): (unit: string, band: string) => string {
  const setOf = new Map(period.units.map((unit) => [unit.code, unit.criteriaSetCode]));
  const labels = new Map(
    period.criteriaSets.map((set) => [
      set.code,
      new Map(bandsOf(set).map((band) => [band.code, band.label])),
    ]),
  );
  return (unit, band) => labels.get(setOf.get(unit) ?? '')?.get(band) ?? band;
}

/** Points and indices of a computed period, unit by unit. */
function ResultsTable({ period, groupOf }: { period: PeriodDetail; groupOf(code: string): string }) {
  const { t, formatNumber } = useI18n();
  const results = useQuery(periodResultsQueryOptions(period.id, true));
  const names = new Map(period.units.map((unit) => [unit.code, unit.name]));
  const bandLabel = useBandLabels(period);
  return (
    <>
      <h2>{t('period.results')}</h2>
      <ErrorAlert error={results.error} />
      <DataTable
        caption={t('period.results')}
        columns={[
          t('units.code'),
          t('units.name'),
          t('period.group'),
          { label: t('period.points'), numeric: true },
          { label: t('period.index'), numeric: true },
          { label: t('period.rank'), numeric: true },
          t('period.band'),
        ]}
        loading={results.isPending}
      >
        {(results.data?.units ?? []).map((unit) => (
          <tr key={unit.code}>
            <td>
              <code>{unit.code}</code>
            </td>
            <td>{names.get(unit.code) ?? ''}</td>
            <td>{groupOf(unit.group)}</td>
            <td className="numeric">
              {formatNumber(unit.points)} / {formatNumber(unit.maxPoints)}
            </td>
            <td className="numeric">{unit.index === null ? '—' : formatNumber(unit.index, 2)}</td>
            <td className="numeric">{typeof unit.rank === 'number' ? formatNumber(unit.rank) : '—'}</td>
            <td>{unit.band ? bandLabel(unit.code, unit.band) : '—'}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/**
 * One period: where it stands on its path, the next move (with every unmet precondition the API names
 * when it refuses), deadlines, its sets, participating units with their assessment status and per-unit
 * extensions, then compute and publish when the period gets there.
 */
export function PeriodPage({
  id,
  canEdit,
  units,
  appraisers = [],
  typeName,
}: {
  id: string;
  canEdit: boolean;
  /** Active appraiser accounts, for the appraisal assignments (admin). */
  appraisers?: readonly AppraiserOption[];
  /** Evaluated units, for enrolling one more while in setup. */
  units: readonly UnitOption[];
  typeName(code: string): string;
}) {
  const { t, lang, formatDateTime, formatNumber, compare } = useI18n();
  const detail = useQuery(periodQueryOptions(id));
  // Group names where the caller may read them (admin, viewer); others see the known names or the codes.
  const groups = useQuery({ ...rankingGroupsQueryOptions(id), enabled: canEdit });
  const groupOf = (code: string) => groupName(code, lang, groups.data?.groups);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const move = useMovePeriod(id);
  const compute = useComputeResults(id);
  // Survey warnings here; units with leaves without input (MISSING_LEAVES) are for the publication step.
  const belowMinimum = (compute.data?.warnings ?? []).filter(
    (warning) => warning.code === 'SURVEY_BELOW_MINIMUM',
  );
  const remove = useRemovePeriodUnit(id, { onSuccess: () => setDialog(null) });

  if (detail.isPending) return <p role="status">{t('table.loading')}</p>;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const period = detail.data;
  const next = period.nextStates[0];
  const published = period.state === 'published';
  const allFinal = period.units.length > 0 && period.units.every((unit) => unit.assessmentStatus === 'final');
  const canCompute =
    canEdit && !published && (next === 'computed' || period.state === 'computed' || allFinal);
  const rows = [...period.units].sort(
    (a, b) => compare(groupOf(a.group), groupOf(b.group)) || compare(a.name, b.name),
  );
  const due = (own: string | null, general: string | null) =>
    own ? (
      <>
        {formatDateTime(own)} <span className="pill pill-warn">{t('period.extended')}</span>
      </>
    ) : general ? (
      formatDateTime(general)
    ) : (
      '—'
    );

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/periods">{t('periods.title')}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{period.name}</h1>
          <p className="lead">
            {t('period.lead', { year: period.year, count: formatNumber(period.unitCount) })}
            {period.decisionNo &&
              ` · ${t('period.decision', { no: period.decisionNo, date: period.decisionDate ? officialDate(period.decisionDate, lang) : '' })}`}
          </p>
        </div>
        {canEdit && !published && (
          <button type="button" className="button-secondary" onClick={() => setDialog({ kind: 'edit' })}>
            {t('period.edit')}
          </button>
        )}
      </div>
      <StateTimeline state={period.state} />
      <div className="toolbar">
        {canEdit && next && MOVABLE_STATES.has(next) && (
          <button
            type="button"
            className="button-primary"
            disabled={move.isPending}
            onClick={() => {
              move.reset();
              setDialog({ kind: 'move', state: next });
            }}
          >
            {t('period.moveTo', { state: t(STATE_LABELS[next]) })}
          </button>
        )}
        {canCompute && (
          <button
            type="button"
            className={next === 'computed' ? 'button-primary' : 'button-secondary'}
            disabled={compute.isPending}
            onClick={() => compute.mutate()}
          >
            {compute.isPending
              ? t('action.working')
              : t(period.state === 'computed' ? 'period.recompute' : 'period.compute')}
          </button>
        )}
        {canEdit && period.state === 'computed' && (
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'publish' })}>
            {t('period.publish')}
          </button>
        )}
      </div>
      {move.isError && <MoveRefusal error={move.error} period={period} />}
      <ErrorAlert error={compute.error} details />
      {compute.isSuccess && (
        <p className="alert alert-success" role="status">
          {t('period.computed')}
        </p>
      )}
      {belowMinimum.length > 0 && (
        <div className="alert alert-warning">
          <p>{t('period.surveyBelowMinimum', { count: formatNumber(belowMinimum.length) })}</p>
          <ul className="problem-list">
            {belowMinimum.map((warning) => (
              <li key={warning.unit}>
                {t('period.surveyBelowMinimumUnit', {
                  unit: period.units.find((unit) => unit.code === warning.unit)?.name ?? warning.unit,
                  received: formatNumber(warning.received ?? 0),
                  minimum: formatNumber(warning.minimum ?? 0),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h2>{t('period.deadlines')}</h2>
      <dl className="facts">
        {DEADLINES.map((name) => (
          <Fragment key={name}>
            <dt>{t(DEADLINE_LABELS[name])}</dt>
            <dd>{period.deadlines[name] ? formatDateTime(period.deadlines[name]) : '—'}</dd>
          </Fragment>
        ))}
      </dl>

      <h2>{t('period.sets')}</h2>
      <ul className="plain-list period-sets">
        {period.criteriaSets.map((set) => (
          <li key={set.id}>
            <Link to={`/criteria/${set.id}`}>
              <code>{set.code}</code> {set.name}
            </Link>{' '}
            — {set.unitTypes.map(typeName).join(', ')}{' '}
            <span className="muted">
              (
              {bandsOf(set)
                .map((band) => `${band.label} ≥ ${formatNumber(Number(band.minIndex))}`)
                .join(' · ')}
              )
            </span>
          </li>
        ))}
      </ul>

      <div className="section-header">
        <h2>{t('period.units')}</h2>
        {canEdit && period.state === 'setup' && (
          <button type="button" className="button-secondary" onClick={() => setDialog({ kind: 'addUnit' })}>
            {t('period.addUnit')}
          </button>
        )}
      </div>
      <DataTable
        caption={t('period.units')}
        columns={[
          t('units.code'),
          t('units.name'),
          t('units.type'),
          t('period.group'),
          t('period.set'),
          t('period.assessmentStatus'),
          t('period.deadline.selfAssessment'),
          t('period.deadline.explanation'),
        ]}
      >
        {rows.map((unit) => (
          <tr key={unit.code}>
            <td>
              <code>{unit.code}</code>
            </td>
            <td>{unit.name}</td>
            <td>{typeName(unit.type)}</td>
            <td>{groupOf(unit.group)}</td>
            <td>
              <code>{unit.criteriaSetCode}</code>
            </td>
            <td>
              {period.state === 'setup' ? (
                // Nobody assesses before the period opens: the drafts exist but are not being filled yet.
                <span className="pill pill-muted">{t('period.assessment.notStarted')}</span>
              ) : (
                <span className={ASSESSMENT_PILLS[unit.assessmentStatus]}>
                  {t(ASSESSMENT_LABELS[unit.assessmentStatus])}
                </span>
              )}
            </td>
            <td>{due(unit.selfAssessmentDue, period.deadlines.selfAssessment)}</td>
            <td>{due(unit.explanationDue, period.deadlines.explanation)}</td>
            <td className="row-actions">
              {canEdit && !published && (
                <RowAction
                  label={t('period.extend')}
                  subject={unit.name}
                  onClick={() => setDialog({ kind: 'extend', unit })}
                />
              )}
              {canEdit && period.state === 'setup' && (
                <RowAction
                  label={t('period.removeUnit')}
                  subject={unit.name}
                  danger
                  onClick={() => {
                    remove.reset();
                    setDialog({ kind: 'remove', unit });
                  }}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>

      {canEdit && <AppraisalAssignments period={period} appraisers={appraisers} />}
      {canEdit && !published && <RankingGroupsEditor period={period} />}

      {(period.state === 'computed' || published) && <ResultsTable period={period} groupOf={groupOf} />}
      {published && (
        <p>
          <Link to={`/periods/${period.id}/appeals`}>{t('appeal.link', { period: period.name })}</Link>
        </p>
      )}

      {dialog?.kind === 'move' && (
        <ConfirmDialog
          title={t('period.moveTitle', { state: t(STATE_LABELS[dialog.state]) })}
          confirmLabel={t('period.moveTo', { state: t(STATE_LABELS[dialog.state]) })}
          onConfirm={() => {
            move.mutate(dialog.state);
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        >
          <p>{t(STATE_EFFECTS[dialog.state] ?? 'period.effect.generic')}</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'publish' && (
        <PublishDialog
          period={period}
          warnings={compute.data?.warnings ?? []}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && <PeriodEditDialog period={period} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'addUnit' && (
        <AddUnitDialog period={period} units={units} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'extend' && (
        <UnitDeadlineDialog period={period} unit={dialog.unit} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={t('period.removeTitle', { name: dialog.unit.name })}
          confirmLabel={t('period.removeUnit')}
          danger
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(dialog.unit.code)}
          onCancel={() => setDialog(null)}
        >
          <p>{t('period.removeExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
