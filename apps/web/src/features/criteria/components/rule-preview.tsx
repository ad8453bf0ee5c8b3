import type { Issue, LeafNode } from '@par/scoring';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { previewLeafScore } from '../../../lib/score-preview';
import { emptySample, sampleItem, type SampleInput } from '../preview';
import { IssueList } from './issue-list';

function SampleField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/**
 * "How would this score?": a sample input for the leaf, scored by libs/scoring exactly as the API scores a
 * unit's item (`parseLeafInput` → `scoreLeaf` → `describeLeafScore`). `leaf` is null while the rule or the
 * leaf does not validate; `issues` then says why.
 */
export function RulePreview({
  leaf,
  issues,
  waitingFor,
}: {
  leaf: LeafNode | null;
  issues: readonly Issue[];
  /** The rule is fine but the maximum is not typed yet: say so, nothing is wrong. */
  waitingFor?: 'maxPoints';
}) {
  const { t, lang } = useI18n();
  const [sample, setSample] = useState<SampleInput>(emptySample);
  const [fraction, setFraction] = useState(false);
  const set = (changes: Partial<SampleInput>) => setSample((current) => ({ ...current, ...changes }));
  const text =
    (name: 'points' | 'value' | 'numerator' | 'denominator' | 'count' | 'meanPercent') => (id: string) => (
      <input
        id={id}
        inputMode="decimal"
        value={sample[name]}
        disabled={sample.notApplicable}
        onChange={(event) => set({ [name]: event.target.value })}
      />
    );

  if (!leaf) {
    return (
      <section className="rule-preview" aria-label={t('preview.title')}>
        <h3>{t('preview.title')}</h3>
        <p className="muted">{t(waitingFor ? 'preview.needMax' : 'preview.unavailable')}</p>
        <IssueList issues={issues} />
      </section>
    );
  }

  const rule = leaf.rule;
  const result = previewLeafScore(leaf, sampleItem(sample), lang);
  const points = (milli: number) => pointsText(milli, lang, true);

  return (
    <section className="rule-preview" aria-label={t('preview.title')}>
      <h3>{t('preview.title')}</h3>
      <p className="field-hint">{t('preview.hint')}</p>
      <div className="preview-inputs">
        {rule.kind === 'boolean' && (
          <SampleField label={t('preview.value')}>
            {(id) => (
              <select
                id={id}
                value={sample.value}
                disabled={sample.notApplicable}
                onChange={(event) => set({ value: event.target.value })}
              >
                <option value="">{t('preview.noInput')}</option>
                <option value="true">{t('preview.yes')}</option>
                <option value="false">{t('preview.no')}</option>
              </select>
            )}
          </SampleField>
        )}
        {(rule.kind === 'tiers' || rule.kind === 'ratio') && (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={fraction}
                onChange={(event) => {
                  setFraction(event.target.checked);
                  set({ value: '', numerator: '', denominator: '' });
                }}
              />
              {t('preview.asFraction')}
            </label>
            {fraction ? (
              <>
                <SampleField label={t('preview.numerator')}>{text('numerator')}</SampleField>
                <SampleField label={t('preview.denominator')}>{text('denominator')}</SampleField>
              </>
            ) : (
              <SampleField label={t('preview.valuePercent')}>{text('value')}</SampleField>
            )}
          </>
        )}
        {rule.kind === 'deduction' && <SampleField label={t('preview.count')}>{text('count')}</SampleField>}
        {rule.kind === 'survey' && (
          <>
            {rule.options.map((option) => (
              <SampleField
                key={option.code}
                label={t('preview.answers', {
                  option: option.label ? `${option.code} (${option.label})` : option.code,
                })}
              >
                {(id) => (
                  <input
                    id={id}
                    inputMode="numeric"
                    value={sample.counts[option.code] ?? ''}
                    disabled={sample.notApplicable}
                    onChange={(event) =>
                      set({ counts: { ...sample.counts, [option.code]: event.target.value } })
                    }
                  />
                )}
              </SampleField>
            ))}
            <SampleField label={t('preview.meanPercent')}>{text('meanPercent')}</SampleField>
          </>
        )}
        <SampleField label={rule.kind === 'manual' ? t('preview.points') : t('preview.override')}>
          {text('points')}
        </SampleField>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={sample.notApplicable}
            onChange={(event) => set({ notApplicable: event.target.checked })}
          />
          {t('preview.notApplicable')}
        </label>
      </div>
      <div className="preview-result" role="status" aria-live="polite">
        {result.ok ? (
          <>
            <p className="preview-points">
              {result.notApplicable
                ? t('preview.resultNotApplicable')
                : t('preview.result', { points: points(result.pointsMilli), max: points(result.maxMilli) })}
              {result.missing && <span className="pill pill-warn">{t('preview.missing')}</span>}
            </p>
            <p className="preview-explanation">{result.why}</p>
          </>
        ) : (
          <IssueList issues={result.issues} />
        )}
      </div>
    </section>
  );
}
