import { useId, useRef, useState } from 'react';
import { ApiError, fieldProblemMessage, problemMessage } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { UploadProgress } from '../../../lib/upload';
import { useImportForms } from '../api/import-forms';
import { formsFileKind, type FormsImportResult } from '../api/types';

/** The refusal of a file: its message, then every row-numbered error the API lists (at most 1,000). */
function ImportErrors({ error }: { error: unknown }) {
  const { t, lang, formatNumber } = useI18n();
  if (!(error instanceof ApiError))
    return error ? <p className="alert alert-error">{t('error.unexpected')}</p> : null;
  const errors = error.problem.errors ?? [];
  const total = typeof error.problem.errorCount === 'number' ? error.problem.errorCount : errors.length;
  return (
    <div className="alert alert-error" role="alert">
      <p>{problemMessage(error.problem, lang)}</p>
      {errors.length > 0 && (
        <>
          <p>
            {total > errors.length
              ? t('survey.import.errorsShown', {
                  shown: formatNumber(errors.length),
                  total: formatNumber(total),
                })
              : t('survey.import.errorCount', { total: formatNumber(total) })}
          </p>
          <div className="table-wrap survey-import-errors">
            <table className="data-table">
              <caption className="visually-hidden">{t('survey.import.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('survey.import.row')}
                  </th>
                  <th scope="col">{t('survey.import.field')}</th>
                  <th scope="col">{t('survey.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((problem, index) => (
                  <tr key={index}>
                    <td className="numeric">{problem.row ?? '—'}</td>
                    <td>
                      <code>{problem.field ?? problem.leaf ?? ''}</code>
                    </td>
                    <td>
                      {fieldProblemMessage(problem, lang)} <code className="muted">{problem.code}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * Forms in bulk: a survey-forms/v1 JSON file, a CSV or an .xlsx (columns serial, group, unit, then one per
 * leaf), sent with upload progress. All or nothing; sending the same file again skips what is stored.
 */
export function FormsImport({ periodId }: { periodId: string }) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [wrongType, setWrongType] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<FormsImportResult | null>(null);
  const controller = useRef<AbortController | null>(null);
  const importing = useImportForms(periodId, {
    onSuccess: (answer) => {
      setResult(answer);
      setFile(null);
      if (input.current) input.current.value = '';
    },
    onSettled: () => setProgress(null),
  });
  const kind = file ? formsFileKind(file.name) : null;
  const sent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : null;

  const start = () => {
    if (!file || !kind) {
      setWrongType(Boolean(file));
      return;
    }
    setResult(null);
    controller.current = new AbortController();
    setProgress({ loaded: 0, total: file.size });
    importing.mutate({ file, kind, onProgress: setProgress, signal: controller.current.signal });
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('survey.import.title')}</h2>
      <p className="muted">{t('survey.import.explain')}</p>
      <div className="toolbar">
        <label className="filter" htmlFor={`${id}-file`}>
          {t('survey.import.file')}
          <input
            id={`${id}-file`}
            ref={input}
            type="file"
            accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const picked = event.target.files?.[0] ?? null;
              setFile(picked);
              setWrongType(Boolean(picked && !formsFileKind(picked.name)));
              importing.reset();
              setResult(null);
            }}
          />
        </label>
        <button
          type="button"
          className="button-primary"
          disabled={!file || importing.isPending}
          onClick={start}
        >
          {importing.isPending ? t('action.working') : t('survey.import.send')}
        </button>
        {importing.isPending && (
          <button type="button" className="button-secondary" onClick={() => controller.current?.abort()}>
            {t('action.cancel')}
          </button>
        )}
      </div>
      {wrongType && (
        <p className="field-error" role="alert">
          {t('survey.import.wrongType')}
        </p>
      )}
      {importing.isPending && (
        <div className="survey-import-progress" role="status">
          {sent !== null && sent < 100 ? (
            <>
              <progress max={100} value={sent} aria-label={t('survey.import.uploading')} />
              <span>{t('survey.import.uploadingPercent', { percent: sent })}</span>
            </>
          ) : (
            <>
              <progress aria-label={t('survey.import.checking')} />
              <span>{t('survey.import.checking')}</span>
            </>
          )}
        </div>
      )}
      {result && (
        <p className="alert alert-success" role="status">
          {t('survey.import.done', {
            imported: formatNumber(result.imported),
            skipped: formatNumber(result.skipped),
          })}
        </p>
      )}
      {!(importing.error instanceof DOMException) && <ImportErrors error={importing.error} />}
    </section>
  );
}
