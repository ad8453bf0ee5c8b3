import { useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DataTable } from '../../../components/data-table';
import { DateInput } from '../../../components/date-input';
import { Field } from '../../../components/field';
import { useI18n } from '../../../lib/i18n';
import { useCloseSurvey } from '../api/close-survey';
import { useReopenSurvey } from '../api/reopen-survey';
import type { Survey } from '../api/types';
import { groupName } from '../../../lib/ranking-groups';

/** A share as a bar with its figures beside it; quota is a target, so a bar may pass 100 %. */
function ProgressBar({ label, value, target }: { label: string; value: number; target: number }) {
  const { formatNumber } = useI18n();
  const percent = target > 0 ? Math.round((value / target) * 100) : 0;
  return (
    <div className="survey-bar">
      <div
        className="survey-bar-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={Math.min(value, target)}
        aria-valuetext={`${formatNumber(value)} / ${formatNumber(target)}`}
      >
        <span
          className={percent >= 100 ? 'survey-bar-fill survey-bar-full' : 'survey-bar-fill'}
          style={{ width: `${Math.min(percent, 100)}%` }}
        />
      </div>
      <span className="survey-bar-figure">
        {formatNumber(value)} / {formatNumber(target)} ({percent}%)
      </span>
    </div>
  );
}

/** The window and whether answers are taken now. */
function SurveyState({ survey }: { survey: Survey }) {
  const { t, formatDate, formatDateTime, formatNumber } = useI18n();
  const state = survey.accepting
    ? { className: 'pill pill-ok', text: t('survey.state.accepting') }
    : survey.acceptingCode === 'SURVEY_NOT_OPEN'
      ? { className: 'pill pill-muted', text: t('survey.state.notOpen') }
      : { className: 'pill pill-warn', text: t('survey.state.closed') };
  return (
    <dl className="facts">
      <dt>{t('survey.state.label')}</dt>
      <dd>
        <span className={state.className}>{state.text}</span>
        {survey.closedAt && (
          <span className="muted small">
            {' '}
            {t('survey.state.closedAt', { time: formatDateTime(survey.closedAt) })}
          </span>
        )}
      </dd>
      <dt>{t('survey.state.window')}</dt>
      <dd>
        {formatDate(survey.opensAt)} – {formatDate(survey.closesAt)}
      </dd>
      <dt>{t('survey.state.received')}</dt>
      <dd>
        <strong>{formatNumber(survey.received)}</strong>
      </dd>
      <dt>{t('survey.state.minimum')}</dt>
      <dd>{t('survey.state.minimumValue', { count: survey.minResponses })}</dd>
    </dl>
  );
}

type Dialog = 'close' | 'reopen' | null;

/**
 * Progress of the period's survey: per group received against its quota (and the codes issued, used), per
 * rated unit received with the units below the minimum marked; the admin closes and reopens it. Forms
 * only, never the answers' counts (a surveyor sees this screen too).
 */
export function SurveyProgress({ survey, canManage }: { survey: Survey; canManage: boolean }) {
  const { t, lang, formatNumber, compare } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [onlyBelow, setOnlyBelow] = useState(false);
  const [closesAt, setClosesAt] = useState('');
  const close = useCloseSurvey(survey.periodId, { onSuccess: () => setDialog(null) });
  const reopen = useReopenSurvey(survey.periodId, { onSuccess: () => setDialog(null) });
  const below = survey.units.filter((unit) => unit.belowMinimum);
  const units = [...survey.units]
    .filter((unit) => !onlyBelow || unit.belowMinimum)
    .sort((a, b) => compare(a.group, b.group) || compare(a.name, b.name));
  const closed = survey.state === 'closed';

  return (
    <>
      <div className="section-header">
        <SurveyState survey={survey} />
        {canManage && (
          <div className="toolbar">
            {closed ? (
              <button
                type="button"
                className="button-secondary"
                disabled={survey.computed}
                title={survey.computed ? t('survey.reopen.computed') : undefined}
                onClick={() => {
                  reopen.reset();
                  setDialog('reopen');
                }}
              >
                {t('survey.reopen.action')}
              </button>
            ) : (
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  close.reset();
                  setDialog('close');
                }}
              >
                {t('survey.close.action')}
              </button>
            )}
          </div>
        )}
      </div>
      {closed && survey.computed && <p className="muted small">{t('survey.reopen.computed')}</p>}

      <h2>{t('survey.progress.groups')}</h2>
      <ul className="plain-list survey-groups">
        {survey.groups.map((group) => (
          <li key={group.code}>
            <p className="survey-group-name">
              <code>{group.code}</code> {group.name}
            </p>
            <ProgressBar
              label={t('survey.progress.groupBar', { group: group.name })}
              value={group.received}
              target={group.quota}
            />
            <p className="muted small">
              {t('survey.progress.codes', {
                issued: formatNumber(group.codesIssued),
                used: formatNumber(group.codesUsed),
              })}
            </p>
          </li>
        ))}
      </ul>

      <div className="section-header">
        <h2>{t('survey.progress.units')}</h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyBelow}
            onChange={(event) => setOnlyBelow(event.target.checked)}
          />
          {t('survey.progress.onlyBelow', { count: below.length })}
        </label>
      </div>
      {below.length > 0 && (
        <p className="alert alert-warning">
          {t('survey.progress.belowSummary', { count: below.length, minimum: survey.minResponses })}
        </p>
      )}
      <DataTable
        caption={t('survey.progress.units')}
        columns={[
          t('survey.unit.code'),
          t('survey.unit.name'),
          t('survey.unit.group'),
          { label: t('survey.unit.received'), numeric: true },
        ]}
        emptyText={units.length === 0 ? t('table.empty') : undefined}
      >
        {units.map((unit) => (
          <tr key={unit.code} className={unit.belowMinimum ? 'survey-row-below' : undefined}>
            <td>
              <code>{unit.code}</code>
            </td>
            <td>{unit.name}</td>
            <td>{groupName(unit.group, lang)}</td>
            <td className="numeric">
              {formatNumber(unit.received)} / {formatNumber(survey.minResponses)}
            </td>
            <td>
              {unit.belowMinimum ? (
                <span className="pill pill-bad">{t('survey.unit.below')}</span>
              ) : (
                <span className="pill pill-ok">{t('survey.unit.enough')}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>

      {dialog === 'close' && (
        <ConfirmDialog
          title={t('survey.close.title')}
          confirmLabel={t('survey.close.action')}
          pending={close.isPending}
          error={close.error}
          onConfirm={() => close.mutate()}
          onCancel={() => setDialog(null)}
        >
          <p>{t('survey.close.explain', { count: formatNumber(survey.received) })}</p>
          {below.length > 0 && (
            <p className="alert alert-warning">
              {t('survey.progress.belowSummary', { count: below.length, minimum: survey.minResponses })}
            </p>
          )}
        </ConfirmDialog>
      )}
      {dialog === 'reopen' && (
        <ConfirmDialog
          title={t('survey.reopen.title')}
          confirmLabel={t('survey.reopen.action')}
          pending={reopen.isPending}
          error={reopen.error}
          onConfirm={() => reopen.mutate(closesAt || undefined)}
          onCancel={() => setDialog(null)}
        >
          <p>{t('survey.reopen.explain')}</p>
          <Field label={t('survey.reopen.closesAt')} hint={t('survey.reopen.closesAtHint')}>
            {(control) => <DateInput {...control} value={closesAt} onChange={setClosesAt} />}
          </Field>
        </ConfirmDialog>
      )}
    </>
  );
}
