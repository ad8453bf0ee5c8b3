import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import type { AssessmentItem } from '../api/types';
import { surveyDistribution } from '../survey-distribution';

/**
 * A survey leaf's result, once the survey closed: its points (the `survey` stage, never an appraisal
 * adjustment) and how the forms answered it, option by option — not the individual forms.
 */
export function SurveyResult({ item }: { item: AssessmentItem }) {
  const { t, lang, formatNumber } = useI18n();
  const distribution = surveyDistribution(item);
  if (!distribution || !item.survey) return <p className="alert alert-info">{t('assessment.surveyLeaf')}</p>;
  const counted = distribution.rows.filter((row) => !row.excluded).reduce((sum, row) => sum + row.count, 0);
  return (
    <section className="survey-result" aria-label={t('assessment.survey.title', { code: item.leafCode })}>
      <p className="survey-result-points">
        {t('assessment.survey.points', {
          points: pointsText(item.survey.points, lang),
          max: pointsText(item.maxPoints, lang),
        })}{' '}
        <span className="muted small">
          {t('assessment.survey.forms', {
            total: formatNumber(distribution.total),
            counted: formatNumber(counted),
          })}
        </span>
      </p>
      <table className="data-table survey-distribution">
        <caption className="visually-hidden">{t('assessment.survey.distribution')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.survey.option')}</th>
            <th scope="col" className="numeric">
              {t('assessment.survey.count')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.survey.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {distribution.rows.map((row) => (
            <tr key={row.code} className={row.excluded ? 'row-muted' : undefined}>
              <td>
                <code>{row.code}</code> {row.label}
                {row.excluded && <span className="muted small"> · {t('assessment.survey.excluded')}</span>}
              </td>
              <td className="numeric">{formatNumber(row.count)}</td>
              <td className="numeric">
                {distribution.total > 0 ? `${formatNumber((row.count / distribution.total) * 100, 1)}%` : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('assessment.survey.note')}</p>
    </section>
  );
}
