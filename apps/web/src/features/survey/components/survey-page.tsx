import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { periodQueryOptions, periodsQueryOptions, type PeriodSummary } from '../../../lib/period-queries';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { surveyQueryOptions } from '../api/get-survey';
import { FormsImport } from './forms-import';
import { PaperEntry } from './paper-entry';
import { SurveyCodes } from './survey-codes';
import { SurveyProgress } from './survey-progress';
import { SurveySetup } from './survey-setup';

type Tab = 'progress' | 'setup' | 'codes' | 'paper' | 'import';

const TABS: Array<{ tab: Tab; label: MessageKey; admin?: boolean }> = [
  { tab: 'progress', label: 'survey.tab.progress' },
  { tab: 'codes', label: 'survey.tab.codes' },
  { tab: 'paper', label: 'survey.tab.paper' },
  { tab: 'import', label: 'survey.tab.import' },
  { tab: 'setup', label: 'survey.tab.setup', admin: true },
];

/** Without a choice: the newest period not yet published (the survey runs before results), else the newest. */
const defaultPeriod = (periods: readonly PeriodSummary[]) =>
  periods.find((period) => period.state !== 'published') ?? periods[0];

/**
 * The sociological survey of a period: progress for everyone who runs it; codes, paper entry and file import
 * for the admin and the surveyors (the post office); the definition for the admin only.
 */
export function SurveyPage({ canManage, typeName }: { canManage: boolean; typeName(code: string): string }) {
  const { t, compare } = useI18n();
  const tabsId = useId();
  const [filters, setFilters] = useUrlFilters(['period', 'tab'] as const);
  const periods = useQuery(periodsQueryOptions());
  const periodId = filters.period || defaultPeriod(periods.data ?? [])?.id || '';
  const period = useQuery({ ...periodQueryOptions(periodId), enabled: Boolean(periodId) });
  const survey = useQuery(surveyQueryOptions(periodId));
  const tabs = TABS.filter((entry) => canManage || !entry.admin);
  const none = survey.isSuccess && survey.data === null;
  const chosen = tabs.find((entry) => entry.tab === filters.tab)?.tab;
  const tab: Tab = none && canManage ? 'setup' : (chosen ?? 'progress');
  const units = [...(period.data?.units ?? [])].sort((a, b) => compare(a.name, b.name));
  const unitTypes = [...new Set(period.data?.criteriaSets.flatMap((set) => set.unitTypes) ?? [])];

  let content;
  if (periods.isError || period.isError || survey.isError)
    content = <ErrorAlert error={periods.error ?? period.error ?? survey.error} />;
  else if (periods.isSuccess && !periodId) content = <p className="muted">{t('survey.noPeriod')}</p>;
  else if (survey.isPending || period.isPending) content = <p role="status">{t('table.loading')}</p>;
  else if (tab === 'setup')
    content = (
      <SurveySetup
        key={`${periodId}-${survey.data?.started ? 'started' : 'open'}`}
        periodId={periodId}
        survey={survey.data}
        unitTypes={unitTypes}
        typeName={typeName}
        onSaved={() => setFilters({ tab: 'progress' })}
      />
    );
  else if (!survey.data) content = <p className="alert alert-info">{t('survey.none')}</p>;
  else if (tab === 'codes') content = <SurveyCodes survey={survey.data} units={units} />;
  else if (tab === 'paper') content = <PaperEntry survey={survey.data} units={units} />;
  else if (tab === 'import') content = <FormsImport periodId={periodId} />;
  else content = <SurveyProgress survey={survey.data} canManage={canManage} />;

  return (
    <section className="survey-page">
      <div className="page-header">
        <div>
          <h1>{t('survey.title')}</h1>
          <p className="lead">{t('survey.description')}</p>
        </div>
        {(periods.data?.length ?? 0) > 0 && (
          <label className="filter">
            {t('survey.period')}
            <select value={periodId} onChange={(event) => setFilters({ period: event.target.value })}>
              {periods.data?.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {periodId && !none && (
        <div className="survey-tabs" role="tablist" aria-label={t('survey.title')}>
          {tabs.map((entry) => (
            <button
              key={entry.tab}
              type="button"
              role="tab"
              id={`${tabsId}-${entry.tab}`}
              aria-selected={tab === entry.tab}
              aria-controls={`${tabsId}-panel`}
              className={tab === entry.tab ? 'survey-tab survey-tab-active' : 'survey-tab'}
              onClick={() => setFilters({ tab: entry.tab === 'progress' ? '' : entry.tab })}
            >
              {t(entry.label)}
            </button>
          ))}
        </div>
      )}
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${tab}`}>
        {content}
      </div>
    </section>
  );
}
