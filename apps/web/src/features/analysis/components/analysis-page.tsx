import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useI18n } from '../../../lib/i18n';
import { periodsQueryOptions } from '../../../lib/period-queries';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { saveBlob } from '../../../lib/download';
import { useDownloadAnalysisReport, useDownloadAnalysisReportDocx } from '../api/download-analysis-report';
import type { RemediationTask } from '../api/types';
import { GapsPanel } from './gaps-panel';
import { HeatmapPanel } from './heatmap-panel';
import { LostPointsTable } from './lost-points-table';
import { NationalStandingTable } from './national-standing-table';
import { RemediationTasks } from './remediation-tasks';
import { RobustnessPanel } from './robustness-panel';
import { StrengthsPanel } from './strengths-panel';
import { TrendsPanel } from './trends-panel';

const TABS = ['lost', 'heatmap', 'strengths', 'robustness', 'gaps', 'trends', 'standing'] as const;
type Tab = (typeof TABS)[number];

export interface AnalysisAccess {
  /** Lost points and the national standing (admin, appraisers, leadership). */
  analyse: boolean;
  /** Create tasks (admin). */
  plan: boolean;
  /** Download the progress and the annual report (admin, leadership). */
  report: boolean;
  /** May update this task (admin; the owner agency's own users). */
  update(task: RemediationTask): boolean;
}

/**
 * Analysis of a computed period, one tab at a time: lost points with the remediation plan, the leaf × unit
 * heatmap, strengths and weaknesses, rank robustness, self-assessed vs appraised gaps, trends across years,
 * the national standing.
 */
export function AnalysisPage({ access }: { access: AnalysisAccess }) {
  const { t } = useI18n();
  const [params, setParams] = useUrlFilters(['period', 'tab']);
  const tabs = TABS.filter((tab) =>
    tab === 'lost' ? true : tab === 'gaps' ? access.report : access.analyse,
  );
  const tab: Tab = (tabs as readonly string[]).includes(params.tab) ? (params.tab as Tab) : 'lost';
  const periods = useQuery(periodsQueryOptions());
  const computed = (periods.data ?? []).filter((p) => p.state === 'computed' || p.state === 'published');
  const periodId = params.period || computed[0]?.id || '';
  const download = useDownloadAnalysisReport({
    onSuccess: (blob) => saveBlob(blob, 'bao-cao-phan-tich-chi-so-cchc.pdf'),
  });
  const downloadDocx = useDownloadAnalysisReportDocx({
    onSuccess: (blob) => saveBlob(blob, 'bao-cao-phan-tich-chi-so-cchc.docx'),
  });
  return (
    <section>
      <PageHeader
        title={t('analysis.title')}
        description={t('analysis.description')}
        action={
          access.report && periodId
            ? {
                label: download.isPending ? t('action.working') : t('analysis.report'),
                onClick: () => download.mutate(periodId),
                disabled: download.isPending,
                secondary: true,
              }
            : undefined
        }
      />
      {access.report && periodId && (
        <p>
          <button
            type="button"
            className="button-secondary"
            disabled={downloadDocx.isPending}
            onClick={() => downloadDocx.mutate(periodId)}
          >
            {downloadDocx.isPending ? t('action.working') : t('analysis.reportDocx')}
          </button>
        </p>
      )}
      <ErrorAlert error={periods.error ?? download.error ?? downloadDocx.error} />
      {periods.isSuccess && computed.length === 0 && <p>{t('analysis.noPeriod')}</p>}
      {computed.length > 0 && (
        <label className="filter">
          {t('analysis.period')}
          <select value={periodId} onChange={(e) => setParams({ period: e.target.value })}>
            {computed.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {tabs.length > 1 && (
        <nav className="toolbar tabs" aria-label={t('analysis.tabs')}>
          {tabs.map((value) => (
            <button
              key={value}
              type="button"
              className={value === tab ? 'button-primary' : 'button-secondary'}
              aria-current={value === tab ? 'page' : undefined}
              onClick={() => setParams({ tab: value })}
            >
              {t(`analysis.tab.${value}`)}
            </button>
          ))}
        </nav>
      )}
      {tab === 'lost' && (
        <>
          {periodId && access.analyse && <LostPointsTable periodId={periodId} canPlan={access.plan} />}
          {periodId && (
            <RemediationTasks periodId={periodId} canUpdate={access.update} canReport={access.report} />
          )}
        </>
      )}
      {periodId && tab === 'heatmap' && <HeatmapPanel periodId={periodId} />}
      {periodId && tab === 'strengths' && <StrengthsPanel periodId={periodId} />}
      {periodId && tab === 'robustness' && <RobustnessPanel periodId={periodId} />}
      {periodId && tab === 'gaps' && <GapsPanel periodId={periodId} />}
      {periodId && tab === 'trends' && <TrendsPanel periodId={periodId} />}
      {tab === 'standing' && <NationalStandingTable canEdit={access.plan} />}
    </section>
  );
}
