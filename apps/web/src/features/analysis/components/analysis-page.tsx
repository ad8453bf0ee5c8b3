import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useI18n } from '../../../lib/i18n';
import { periodsQueryOptions } from '../../../lib/period-queries';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { saveBlob } from '../../../lib/download';
import { useDownloadAnalysisReport } from '../api/download-analysis-report';
import type { RemediationTask } from '../api/types';
import { LostPointsTable } from './lost-points-table';
import { NationalStandingTable } from './national-standing-table';
import { RemediationTasks } from './remediation-tasks';

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

/** Analysis of a computed period: lost points by agency/area/leaf, the remediation plan, national standing. */
export function AnalysisPage({ access }: { access: AnalysisAccess }) {
  const { t } = useI18n();
  const [params, setParams] = useUrlFilters(['period']);
  const periods = useQuery(periodsQueryOptions());
  const computed = (periods.data ?? []).filter((p) => p.state === 'computed' || p.state === 'published');
  const periodId = params.period || computed[0]?.id || '';
  const download = useDownloadAnalysisReport({
    onSuccess: (blob) => saveBlob(blob, 'bao-cao-phan-tich-chi-so-cchc.pdf'),
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
      <ErrorAlert error={periods.error ?? download.error} />
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
      {periodId && access.analyse && <LostPointsTable periodId={periodId} canPlan={access.plan} />}
      {periodId && (
        <RemediationTasks periodId={periodId} canUpdate={access.update} canReport={access.report} />
      )}
      {access.analyse && <NationalStandingTable />}
    </section>
  );
}
