import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { sampleSizeOf } from '../sample-size';

/**
 * How many forms a group needs: its population N and the margin of error e give n = N / (1 + N·e²)
 * (`surveySampleSize` of @par/scoring, the function the API uses), live; one click makes it the quota.
 */
export function SampleSizeHelper({ groupLabel, onUse }: { groupLabel: string; onUse(size: number): void }) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const [population, setPopulation] = useState('');
  const [margin, setMargin] = useState('5');
  const size = sampleSizeOf(population, margin);
  return (
    <details className="sample-size">
      <summary>{t('survey.sample.title')}</summary>
      <p className="field-hint">{t('survey.sample.explain')}</p>
      <div className="sample-size-row">
        <label htmlFor={`${id}-population`}>
          {t('survey.sample.population')}
          <input
            id={`${id}-population`}
            inputMode="numeric"
            value={population}
            onChange={(event) => setPopulation(event.target.value)}
          />
        </label>
        <label htmlFor={`${id}-margin`}>
          {t('survey.sample.margin')}
          <input
            id={`${id}-margin`}
            inputMode="decimal"
            value={margin}
            onChange={(event) => setMargin(event.target.value)}
          />
        </label>
        <p className="sample-size-result" role="status">
          {size === null
            ? t('survey.sample.incomplete')
            : t('survey.sample.result', { size: formatNumber(size) })}
        </p>
        <button
          type="button"
          className="button-secondary"
          disabled={size === null}
          aria-label={t('survey.sample.useFor', { group: groupLabel })}
          onClick={() => size !== null && onUse(size)}
        >
          {t('survey.sample.use')}
        </button>
      </div>
    </details>
  );
}
