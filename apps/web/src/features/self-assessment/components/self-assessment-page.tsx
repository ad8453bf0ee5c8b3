import type { Role } from '@par/contracts';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { pointsText } from '../../../lib/points';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { assessmentQueryOptions } from '../api/get-assessment';
import { scoringSetQueryOptions } from '../api/get-scoring-set';
import type { Assessment } from '../api/types';
import { PERIOD_STATE_LABELS, STATUS_LABELS, STATUS_PILLS } from '../labels';
import { AssessmentDownloads } from './assessment-downloads';
import { AssessmentReadOnly } from './assessment-readonly';
import { DeadlineCountdown, useDeadline } from './deadline-countdown';
import { ExplanationRound } from './explanation-round';
import { PeriodPicker, useChosenPeriod } from './period-picker';
import { SelfAssessmentForm } from './self-assessment-form';
import { StatusTimeline } from './status-timeline';

/** Who opens the page: an admin sees every unit; a unit role its own, which only its head submits. */
export interface AssessmentViewer {
  role: Role;
  unitCode: string | null;
}

/** One unit's assessment in its current step: the draft form, the explanation round, or read only. */
function AssessmentView({
  assessment,
  period,
  user,
}: {
  assessment: Assessment;
  period: PeriodDetail;
  user: AssessmentViewer;
}) {
  const { t, lang } = useI18n();
  const set = useQuery(scoringSetQueryOptions(assessment.criteriaSetId));
  const admin = user.role === 'admin';
  const ownUnit = user.unitCode === assessment.unitCode;
  const drafting = period.state === 'self_assessment' && assessment.status === 'draft';
  const explaining = period.state === 'explanation' && assessment.status === 'returned';
  const deadline = useDeadline(
    drafting ? assessment.selfAssessmentDue : explaining ? assessment.explanationDue : null,
  );
  const writer = admin || ownUnit;
  const head = admin || (ownUnit && user.role === 'unit_head');
  const open = writer && !(deadline.passed && !admin);

  return (
    <>
      <div className="assessment-summary">
        <div>
          <h2 className="assessment-unit">{assessment.unitName}</h2>
          <p className="muted small">
            {t('assessment.setCode', { code: assessment.criteriaSetCode })} ·{' '}
            <span className={STATUS_PILLS[assessment.status]}>{t(STATUS_LABELS[assessment.status])}</span>
          </p>
          <p>
            {t('assessment.totals', {
              self: pointsText(assessment.selfPoints, lang),
              points: pointsText(assessment.points, lang),
              max: pointsText(assessment.maxPoints, lang),
            })}
          </p>
          <DeadlineCountdown
            label={t(drafting ? 'assessment.selfDeadline' : 'assessment.explanationDeadline')}
            deadline={deadline}
          />
        </div>
        <AssessmentDownloads periodId={assessment.periodId} unitCode={assessment.unitCode} />
      </div>
      <StatusTimeline assessment={assessment} deadlines={period.deadlines} />
      <ErrorAlert error={set.error} />
      {drafting && open ? (
        <SelfAssessmentForm assessment={assessment} set={set.data} maySubmit={head} />
      ) : explaining ? (
        <ExplanationRound assessment={assessment} editable={open} mayClose={head && open} />
      ) : (
        <>
          <p className="alert alert-info">
            {drafting
              ? t(writer ? 'assessment.deadlineOver' : 'assessment.readOnly')
              : t('assessment.lockedIn', {
                  state: t(PERIOD_STATE_LABELS[period.state]),
                  status: t(STATUS_LABELS[assessment.status]),
                })}
          </p>
          <AssessmentReadOnly assessment={assessment} set={set.data} />
        </>
      )}
    </>
  );
}

const PREFERRED = ['self_assessment', 'explanation', 'appraisal', 'final_appraisal'] as const;

/**
 * `/self-assessment`: the unit's assessment in its current period (a unit role sees its own unit only;
 * an admin picks the period and the unit).
 */
export function SelfAssessmentPage({ user }: { user: AssessmentViewer }) {
  const { t } = useI18n();
  const [filters, setFilters] = useUrlFilters(['period', 'unit'] as const);
  const { periods, periodId, period, units } = useChosenPeriod(filters.period, PREFERRED);
  const unitCode = user.role === 'admin' ? filters.unit || units[0]?.code || '' : (user.unitCode ?? '');
  const assessment = useQuery({
    ...assessmentQueryOptions(periodId, unitCode),
    enabled: Boolean(periodId && unitCode),
  });

  return (
    <section>
      <PageHeader title={t('assessment.title')} description={t('assessment.description')} />
      <div className="toolbar">
        <PeriodPicker
          periods={periods.data}
          value={periodId}
          onChange={(period) => setFilters({ period, unit: '' })}
        />
        {user.role === 'admin' && units.length > 0 && (
          <label className="filter">
            {t('assessment.unit')}
            <select value={unitCode} onChange={(event) => setFilters({ unit: event.target.value })}>
              {units.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {unit.name} ({unit.code})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ErrorAlert error={periods.error ?? period.error ?? assessment.error} />
      {periods.isSuccess && periods.data.length === 0 && <p className="muted">{t('assessment.noPeriod')}</p>}
      {!unitCode && user.role !== 'admin' && <p className="muted">{t('myUnit.none')}</p>}
      {(periods.isPending || assessment.isLoading) && <p role="status">{t('table.loading')}</p>}
      {assessment.data && period.data && (
        <AssessmentView assessment={assessment.data} period={period.data} user={user} />
      )}
    </section>
  );
}
