import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { officialDate } from '../../../lib/official-date';
import {
  publicPeriodsQueryOptions,
  publicResultsQueryOptions,
  publicVersionsQueryOptions,
  unitHistoryQueryOptions,
  type PublicationVersion,
} from '../api/get-public-results';
import { fromPublic } from '../model';
import { ResultsBrowser } from './results-browser';
import { UnitView } from './unit-view';

/** Where the public pages live (no login): the list, a period's results, a unit in them. */
export const PUBLIC_RESULTS_PATH = '/cong-khai/ket-qua';
const periodPath = (periodId: string) => `${PUBLIC_RESULTS_PATH}/${periodId}`;
const unitPath = (periodId: string, code: string) =>
  `${periodPath(periodId)}/don-vi/${encodeURIComponent(code)}`;

/** The public pages' frame: the product's name (a link to the list), no menu, no account. Phone first. */
function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="public-results">
      <header className="public-results-header">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <Link to={PUBLIC_RESULTS_PATH}>
          <strong>{t('app.name')}</strong>
          <small>{t('app.fullName')}</small>
        </Link>
      </header>
      <main className="public-results-main" id="main">
        {children}
      </main>
    </div>
  );
}

const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** `/cong-khai/ket-qua`: every published period, newest first. */
export function PublicPeriodsPage() {
  const { t, lang } = useI18n();
  const periods = useQuery(publicPeriodsQueryOptions());
  return (
    <PublicFrame title={t('ranking.public.title')}>
      <h1>{t('ranking.public.title')}</h1>
      <h2>{t('ranking.public.periods')}</h2>
      {periods.isPending && <p role="status">{t('table.loading')}</p>}
      <ErrorAlert error={periods.error} />
      {periods.data?.length === 0 && <p>{t('ranking.public.none')}</p>}
      <ul className="public-periods">
        {[...(periods.data ?? [])]
          .sort((a, b) => b.year - a.year)
          .map((period) => (
            <li key={period.id}>
              <h3>{period.name}</h3>
              <p>
                {t('ranking.public.decision', {
                  decisionNo: period.decisionNo,
                  date: officialDate(period.decisionDate, lang),
                })}
                {period.version > 1 && ` · ${t('ranking.public.version', { version: period.version })}`}
              </p>
              <Link className="button-primary" to={periodPath(period.id)}>
                {t('ranking.public.open')}
                <span className="visually-hidden"> — {period.name}</span>
              </Link>
            </li>
          ))}
      </ul>
    </PublicFrame>
  );
}

/** The published results of a period (a chosen version, else the latest), the same data as the public feed. */
function usePublicModel(periodId: string, version?: number) {
  const { lang } = useI18n();
  const results = useQuery(publicResultsQueryOptions(periodId, version));
  const model = useMemo(() => (results.data ? fromPublic(results.data, lang) : null), [results.data, lang]);
  return { results, model };
}

/**
 * The versions of a publication, when there is more than one (an appeal republished it): the reader picks
 * one; an earlier one says which version replaced it.
 */
function VersionSwitcher({
  versions,
  shown,
  onChoose,
}: {
  versions: readonly PublicationVersion[];
  shown: number | undefined;
  onChoose(version: number | undefined): void;
}) {
  const { t, lang } = useI18n();
  if (versions.length < 2) return null;
  const latest = versions.find((version) => version.latest) ?? versions[versions.length - 1];
  const current = versions.find((version) => version.version === shown) ?? latest;
  return (
    <div className="version-switcher">
      <label className="filter">
        {t('ranking.public.versionPick')}
        <select
          value={String(current.version)}
          onChange={(event) => {
            const chosen = Number(event.target.value);
            onChoose(chosen === latest.version ? undefined : chosen);
          }}
        >
          {[...versions].reverse().map((version) => (
            <option key={version.version} value={String(version.version)}>
              {t(version.latest ? 'ranking.public.versionLatest' : 'ranking.public.versionOption', {
                version: version.version,
                decisionNo: version.decisionNo,
                date: officialDate(version.decisionDate, lang),
              })}
            </option>
          ))}
        </select>
      </label>
      {current.supersededBy !== null && (
        <p className="alert alert-warning" role="status">
          {t('ranking.public.superseded', { version: current.version, by: current.supersededBy })}
        </p>
      )}
    </div>
  );
}

/** `/cong-khai/ket-qua/:periodId[?version=N]`: a published period's results per ranking group. */
export function PublicResultsPage({ periodId }: { periodId: string }) {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('version'));
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const { results, model } = usePublicModel(periodId, version);
  const versions = useQuery(publicVersionsQueryOptions(periodId));
  const period = results.data?.period;
  return (
    <PublicFrame title={period?.name ?? t('ranking.public.title')}>
      <p className="breadcrumb">
        <Link to={PUBLIC_RESULTS_PATH}>{t('ranking.public.allPeriods')}</Link>
      </p>
      <h1>{period?.name ?? t('ranking.public.title')}</h1>
      {results.isPending && <p role="status">{t('table.loading')}</p>}
      {notFound(results.error) ? (
        <p role="alert">{t('ranking.public.notPublished')}</p>
      ) : (
        <ErrorAlert error={results.error} />
      )}
      {period && (
        <p className="results-published">
          {t('ranking.published', {
            decisionNo: period.decisionNo,
            date: officialDate(period.decisionDate, lang),
          })}
          {period.signer && <> {t('ranking.publishedSigner', { signer: period.signer })}</>}
          {period.version > 1 && ` · ${t('ranking.public.version', { version: period.version })}`}
        </p>
      )}
      <VersionSwitcher
        versions={versions.data ?? []}
        shown={version}
        onChoose={(chosen) =>
          setParams(chosen === undefined ? {} : { version: String(chosen) }, { replace: true })
        }
      />
      {model && <ResultsBrowser model={model} unitHref={(code) => unitPath(periodId, code)} />}
    </PublicFrame>
  );
}

/** `/cong-khai/ket-qua/:periodId/don-vi/:code`: a unit in a published period and across the years. */
export function PublicUnitPage({ periodId, code }: { periodId: string; code: string }) {
  const { t } = useI18n();
  const { results, model } = usePublicModel(periodId);
  const history = useQuery(unitHistoryQueryOptions(code));
  const name = model?.rows.find((row) => row.code === code)?.name;
  return (
    <PublicFrame title={name ?? t('ranking.unit.title')}>
      {results.isPending && <p role="status">{t('table.loading')}</p>}
      {notFound(results.error) ? (
        <p role="alert">{t('ranking.public.notPublished')}</p>
      ) : (
        <ErrorAlert error={results.error} />
      )}
      {model && (
        <UnitView model={model} code={code} history={history.data ?? null} backHref={periodPath(periodId)} />
      )}
    </PublicFrame>
  );
}
