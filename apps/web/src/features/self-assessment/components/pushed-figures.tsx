import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { inputOf, type AssessmentItem } from '../api/types';
import { describeInput } from '../leaf-input';

/**
 * Figures a provincial system pushed into an indicator leaf, beside the unit's own entry, with the rule in
 * words: the unit's own entry always wins; the pushed figures count only while the unit has entered none.
 */
export function PushedFigures({ item }: { item: AssessmentItem }) {
  const { t, lang, formatDateTime } = useI18n();
  const pushed = item.pushed;
  if (!pushed) return null;
  // The self stage holds the pushed figures (selfSource set) until the unit types its own.
  const counts = !item.self || item.selfSource !== null;
  return (
    <aside className="pushed-figures" aria-label={t('assessment.pushed.title')}>
      <p>
        <strong>
          {t('assessment.pushed.from', {
            source: pushed.by ?? '—',
            indicator: item.indicator ?? item.leafCode,
          })}
        </strong>
        {pushed.at && <> · {formatDateTime(pushed.at)}</>}
      </p>
      <dl className="pushed-compare">
        <dt>{t('assessment.pushed.theirs')}</dt>
        <dd>
          {describeInput(inputOf(pushed), t, lang)} →{' '}
          {t('assessment.pointsValue', { points: pointsText(pushed.points, lang) })}
        </dd>
        <dt>{t('assessment.pushed.mine')}</dt>
        <dd>
          {counts
            ? t('assessment.pushed.noneOwn')
            : `${describeInput(inputOf(item.self), t, lang)} → ${t('assessment.pointsValue', {
                points: pointsText(item.self?.points, lang),
              })}`}
        </dd>
      </dl>
      <p className={counts ? 'pushed-state pill pill-warn' : 'pushed-state pill pill-ok'}>
        {t(counts ? 'assessment.pushed.counts' : 'assessment.pushed.ownWins')}
      </p>
      <p className="muted">{t('assessment.pushed.rule')}</p>
    </aside>
  );
}
