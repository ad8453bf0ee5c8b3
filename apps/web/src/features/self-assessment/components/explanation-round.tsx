import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Field } from '../../../components/field';
import { useI18n } from '../../../lib/i18n';
import { pointsText } from '../../../lib/points';
import { useCloseExplanation } from '../api/close-explanation';
import { inputOf, type Assessment, type AssessmentItem, type LeafRef } from '../api/types';
import { describeInput } from '../leaf-input';
import { useItemEditor } from '../use-item-editor';
import { EvidencePanel } from './evidence-panel';
import { ItemEditorNotice } from './item-editor-notice';
import { leafAnchor, LeafHeading, SaveBar } from './leaf-parts';

const schema = z.object({
  explanation: z.string().trim().min(1, 'form.required').max(10_000, 'form.tooLong'),
});

type Values = z.infer<typeof schema>;

const valuesOf = (item: AssessmentItem): Values => ({ explanation: item.explanation?.text ?? '' });

/** One adjusted leaf: what the unit gave itself, what round 1 gave and why, and the unit's giải trình. */
function ExplanationCard({ item, at, editable }: { item: AssessmentItem; at: LeafRef; editable: boolean }) {
  const { t, lang, formatDateTime } = useI18n();
  const headingId = useId();
  const editor = useItemEditor<Values>({
    item,
    at,
    resolver: zodResolver(schema),
    valuesOf,
    changesOf: (base, values) => ({ version: base.version, explanation: values.explanation }),
    placement: { fields: ['explanation'], codes: { EXPLANATION_NOT_ALLOWED: 'explanation' } },
    writer: 'unit',
  });
  const { form, save, conflict, saveValues } = editor;
  const { errors, isDirty } = form.formState;
  const round1 = item.round1;
  return (
    <article className="leaf-card" id={leafAnchor(item.leafCode)} aria-labelledby={headingId}>
      <LeafHeading item={item} id={headingId}>
        <span className="leaf-saved">
          {t('assessment.adjustedFromTo', {
            self: pointsText(item.self?.points, lang),
            round1: pointsText(round1?.points, lang),
          })}
        </span>
      </LeafHeading>
      <dl className="leaf-guide">
        <dt>{t('assessment.history.self')}</dt>
        <dd>{describeInput(inputOf(item.self), t, lang)}</dd>
        <dt>{t('assessment.history.round1')}</dt>
        <dd>{describeInput(inputOf(round1), t, lang)}</dd>
        <dt>{t('assessment.appraiserReason')}</dt>
        <dd>
          {round1?.text ?? '—'}
          {round1?.by && (
            <span className="muted small">
              {' '}
              · {round1.by}
              {round1.at && ` · ${formatDateTime(round1.at)}`}
            </span>
          )}
        </dd>
      </dl>
      {editable ? (
        <form
          className="leaf-form"
          noValidate
          onSubmit={(event) => void form.handleSubmit(saveValues)(event)}
        >
          <ItemEditorNotice
            editor={editor}
            differences={(conflict) => [
              {
                label: t('assessment.explanation'),
                mine: form.getValues('explanation'),
                theirs: conflict.explanation?.text ?? '',
              },
            ]}
          />
          <Field label={t('assessment.explanation')} error={errors.explanation?.message} required>
            {(control) => <textarea {...control} rows={4} {...form.register('explanation')} />}
          </Field>
          <SaveBar
            dirty={isDirty}
            saved={item.explanation}
            label={t('assessment.saveExplanation', { code: item.leafCode })}
            pending={save.isPending}
            disabled={Boolean(conflict) || !isDirty}
          />
        </form>
      ) : (
        <p>
          <span className="muted">{t('assessment.explanation')}:</span> {item.explanation?.text ?? '—'}
        </p>
      )}
      <EvidencePanel
        leaf={at}
        subject={`${item.leafCode} ${item.title}`}
        evidence={item.evidence}
        stage={editable ? 'explanation' : null}
      />
    </article>
  );
}

/**
 * The explanation round (giải trình): only the leaves round 1 adjusted, each with the appraiser's reason;
 * the unit writes its explanation and attaches evidence, then the head closes the round.
 */
export function ExplanationRound({
  assessment,
  editable,
  mayClose,
}: {
  assessment: Assessment;
  editable: boolean;
  mayClose: boolean;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { periodId, unitCode } = assessment;
  const adjusted = assessment.items.filter((item) => item.adjusted);
  const explained = adjusted.filter((item) => item.explanation?.text).length;
  const close = useCloseExplanation(periodId, unitCode, { onSuccess: () => setConfirming(false) });

  return (
    <div className="assessment-main">
      <p className="lead">{t('assessment.explanationIntro', { count: adjusted.length })}</p>
      {adjusted.length === 0 && <p className="alert alert-info">{t('assessment.nothingAdjusted')}</p>}
      {adjusted.map((item) => (
        <ExplanationCard
          key={item.leafCode}
          item={item}
          at={{ periodId, unitCode, leafCode: item.leafCode }}
          editable={editable}
        />
      ))}
      {mayClose && (
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={() => setConfirming(true)}>
            {t('assessment.closeExplanation')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('assessment.closeExplanationTitle')}
          confirmLabel={t('assessment.closeExplanation')}
          pending={close.isPending}
          error={close.error}
          onConfirm={() => close.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('assessment.closeExplanationExplain', { explained, total: adjusted.length })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
