import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useMemo } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-error';
import { PageHeader } from '../../../components/page-header';
import { saveBlob } from '../../../lib/download';
import { useI18n } from '../../../lib/i18n';
import { officialDate } from '../../../lib/official-date';
import { periodsQueryOptions } from '../../../lib/period-queries';
import { useDownloadResults, type ResultsFormat } from '../api/download-results';
import { publicResultsQueryOptions } from '../api/get-public-results';
import { fromPublic } from '../model';
import { useStaffResults } from '../use-staff-results';
import { ResultsBrowser } from './results-browser';
import { SnapshotDiffView } from './snapshot-diff';

const FORMATS: ResultsFormat[] = ['xlsx', 'csv', 'pdf'];

/** A staff unit page's address: the compute is kept, so the unit is read in the results the table showed. */
export const staffUnitPath = (periodId: string, code: string, snapshotId: string) =>
  `/results/${periodId}/units/${encodeURIComponent(code)}${snapshotId ? `?snapshot=${snapshotId}` : ''}`;

/**
 * `/results`: a period's results per ranking group from a chosen compute (provisional ones marked), the
 * official tables to download, and which units moved against another compute. `?period=&snapshot=&against=`
 * keep the choice in the address.
 */
export function ResultsPage() {
  const { t, lang, formatDateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const periods = useQuery(periodsQueryOptions());
  const list = periods.data ?? [];
  const periodId =
    params.get('period') ||
    list.find((p) => p.state === 'computed' || p.state === 'published')?.id ||
    list[0]?.id ||
    '';
  const { period, snapshots, snapshot, chosen, model } = useStaffResults(
    periodId,
    params.get('snapshot') ?? '',
  );
  const against = params.get('against') ?? '';
  const download = useDownloadResults({
    onSuccess: (blob, { format }) => saveBlob(blob, `ket-qua-chi-so-cchc.${format}`),
  });

  const choose = (changes: Record<string, string>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  const snapshotLabel = (s: { seq: number; computedAt: string; provisional: boolean }) =>
    t(s.provisional ? 'ranking.snapshotProvisionalOption' : 'ranking.snapshotOption', {
      seq: s.seq,
      date: formatDateTime(s.computedAt),
    });
  const detail = period.data;
  // Appraisers and units may not read computes: they see what is published, as everyone does.
  const forbidden = snapshots.error instanceof ApiError && snapshots.error.status === 403;

  return (
    <>
      <PageHeader title={t('ranking.title')} description={t('ranking.description')} />
      <ErrorAlert
        error={periods.error ?? period.error ?? (forbidden ? null : snapshots.error) ?? snapshot.error}
      />
      {periods.data?.length === 0 && <p>{t('ranking.noPeriod')}</p>}
      <div className="toolbar results-filters">
        {list.length > 0 && (
          <label className="filter">
            {t('ranking.period')}
            <select
              value={periodId}
              onChange={(event) => choose({ period: event.target.value, snapshot: '', against: '' })}
            >
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {(snapshots.data?.length ?? 0) > 0 && (
          <label className="filter">
            {t('ranking.snapshot')}
            <select
              value={chosen}
              onChange={(event) => choose({ snapshot: event.target.value, against: '' })}
            >
              {snapshots.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {snapshotLabel(s)}
                </option>
              ))}
            </select>
          </label>
        )}
        {(snapshots.data?.length ?? 0) > 1 && (
          <label className="filter">
            {t('ranking.diff.with')}
            <select value={against} onChange={(event) => choose({ against: event.target.value })}>
              <option value="">{t('ranking.diff.none')}</option>
              {snapshots.data
                ?.filter((s) => s.id !== chosen)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {snapshotLabel(s)}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
      {forbidden && periodId && <PublishedResults periodId={periodId} />}
      {snapshots.data?.length === 0 && <p>{t('ranking.noSnapshot')}</p>}
      {snapshot.data?.provisional && (
        <p className="results-banner" role="note">
          {t('ranking.provisional')}
        </p>
      )}
      {snapshot.data && snapshot.data.warnings.length > 0 && (
        <p className="alert alert-warning">
          {t('ranking.warnings', { count: snapshot.data.warnings.length })}
        </p>
      )}
      {detail?.state === 'published' && detail.decisionNo && detail.decisionDate && (
        <p className="results-published">
          {t('ranking.published', {
            decisionNo: detail.decisionNo,
            date: officialDate(detail.decisionDate, lang),
          })}
        </p>
      )}
      {snapshot.data && !snapshot.data.provisional && (
        <div className="results-downloads" role="group" aria-label={t('ranking.download')}>
          <span>{t('ranking.download')}:</span>
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button-secondary"
              disabled={download.isPending}
              onClick={() => download.mutate({ periodId, format })}
            >
              {t(`ranking.download.${format}`)}
            </button>
          ))}
          {download.isPending && <span role="status">{t('ranking.downloading')}</span>}
        </div>
      )}
      <ErrorAlert error={download.error} />
      {model && against && <SnapshotDiffView periodId={periodId} from={against} to={chosen} model={model} />}
      {model && (
        <ResultsBrowser
          key={`${periodId}|${chosen}`}
          model={model}
          unitHref={(code) => staffUnitPath(periodId, code, chosen)}
        />
      )}
    </>
  );
}

/** A period's published results inside the shell, for the roles that may not read computes. */
function PublishedResults({ periodId }: { periodId: string }) {
  const { t, lang } = useI18n();
  const results = useQuery(publicResultsQueryOptions(periodId));
  const model = useMemo(() => (results.data ? fromPublic(results.data, lang) : null), [results.data, lang]);
  if (results.isPending) return <p role="status">{t('table.loading')}</p>;
  if (results.error instanceof ApiError && results.error.status === 404)
    return <p>{t('ranking.public.notPublished')}</p>;
  if (!model || !results.data) return <ErrorAlert error={results.error} />;
  const decision = results.data.period;
  return (
    <>
      <p className="results-published">
        {t('ranking.published', {
          decisionNo: decision.decisionNo,
          date: officialDate(decision.decisionDate, lang),
        })}
      </p>
      <ResultsBrowser
        key={periodId}
        model={model}
        unitHref={(code) => `/cong-khai/ket-qua/${periodId}/don-vi/${encodeURIComponent(code)}`}
      />
    </>
  );
}
