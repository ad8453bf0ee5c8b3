import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { saveBlob } from '../../../lib/download';
import { useI18n } from '../../../lib/i18n';
import { useDownloadCodeSheet, type SheetRequest } from '../api/download-code-sheet';
import { useIssueCodes } from '../api/issue-codes';
import type { IssuedCodes, Survey } from '../api/types';
import type { RatedUnit } from '../rated-units';
import { GroupUnitPicker } from './group-unit-picker';

const MAX_CODES = 1000;

/**
 * One-time codes for a group and a rated unit: printed straight away as the A4 sheet of cards with QR
 * codes for the post office, or listed once (only their hashes are kept) and printed from the list.
 */
export function SurveyCodes({ survey, units }: { survey: Survey; units: readonly RatedUnit[] }) {
  const { t, formatNumber } = useI18n();
  const countId = useId();
  const [pick, setPick] = useState({ group: '', unit: '' });
  const [count, setCount] = useState('50');
  const [invalid, setInvalid] = useState(false);
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const issue = useIssueCodes(survey.periodId, { onSuccess: setIssued });
  const sheet = useDownloadCodeSheet(survey.periodId, {
    onSuccess: (blob, request) => saveBlob(blob, `ma-phieu-${request.groupCode}-${request.unitCode}.pdf`),
  });
  const number = Number(count);
  const valid =
    Boolean(pick.group && pick.unit) && Number.isInteger(number) && number >= 1 && number <= MAX_CODES;
  const check = () => {
    setInvalid(!valid);
    return valid;
  };
  const request = { groupCode: pick.group, unitCode: pick.unit };

  return (
    <section aria-labelledby={`${countId}-title`}>
      <h2 id={`${countId}-title`}>{t('survey.codes.title')}</h2>
      <p className="muted">{t('survey.codes.explain')}</p>
      {!survey.accepting && survey.state === 'closed' && (
        <p className="alert alert-warning">{t('survey.codes.closed')}</p>
      )}
      <div className="toolbar survey-codes-form">
        <GroupUnitPicker
          groups={survey.groups}
          units={units}
          group={pick.group}
          unit={pick.unit}
          onChange={(next) => {
            setPick(next);
            setIssued(null);
          }}
        />
        <label className="filter" htmlFor={countId}>
          {t('survey.codes.count')}
          <input
            id={countId}
            inputMode="numeric"
            value={count}
            size={6}
            onChange={(event) => setCount(event.target.value)}
          />
        </label>
      </div>
      {invalid && !valid && (
        <p className="field-error" role="alert">
          {t('survey.codes.invalid', { max: MAX_CODES })}
        </p>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button-primary"
          disabled={sheet.isPending}
          onClick={() => check() && sheet.mutate({ ...request, count: number })}
        >
          {sheet.isPending
            ? t('action.working')
            : t('survey.codes.print', { count: formatNumber(number || 0) })}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={issue.isPending}
          onClick={() => {
            if (!check()) return;
            sheet.reset();
            issue.mutate({ ...request, count: number });
          }}
        >
          {t('survey.codes.issue')}
        </button>
      </div>
      <ErrorAlert error={issue.error ?? sheet.error} />
      {sheet.isSuccess && (
        <p className="alert alert-success" role="status">
          {t('survey.codes.printed')}
        </p>
      )}
      {issued && (
        <div className="survey-issued">
          <p className="alert alert-warning" role="note">
            {t('survey.codes.once', { count: issued.codes.length })}
          </p>
          <label htmlFor={`${countId}-list`}>
            {t('survey.codes.list', { group: issued.groupCode, unit: issued.unitCode })}
          </label>
          <textarea
            id={`${countId}-list`}
            className="survey-code-list"
            readOnly
            rows={Math.min(10, issued.codes.length)}
            value={issued.codes.join('\n')}
          />
          <button
            type="button"
            className="button-secondary"
            disabled={sheet.isPending}
            onClick={() => {
              const printed: SheetRequest = {
                groupCode: issued.groupCode,
                unitCode: issued.unitCode,
                codes: issued.codes,
              };
              sheet.mutate(printed);
            }}
          >
            {t('survey.codes.printThese')}
          </button>
        </div>
      )}
    </section>
  );
}
