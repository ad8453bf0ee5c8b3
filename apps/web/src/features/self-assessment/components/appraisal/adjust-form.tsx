import { zodResolver } from '@hookform/resolvers/zod';
import { toMilli, type LeafNode } from '@par/scoring';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '../../../../components/field';
import { useI18n, type Language } from '../../../../lib/i18n';
import { pointsText } from '../../../../lib/points';
import { previewLeafScore } from '../../../../lib/score-preview';
import { inputOf, type AssessmentItem, type QueueItem } from '../../api/types';
import { describeInput, inputValuesOf, leafInputOf, type LeafInputValues } from '../../leaf-input';
import { useItemEditor } from '../../use-item-editor';
import { ItemEditorNotice } from '../item-editor-notice';
import { LeafInputController } from '../leaf-input-fields';

const schema = z.object({
  input: z.custom<LeafInputValues>(),
  comment: z.string().trim().max(5000, 'form.tooLong'),
});

type Values = z.infer<typeof schema>;

/** The decision this round starts from: round 2 revisits round 1's; round 1 the unit's own. */
export const previousStage = (item: AssessmentItem, round: 1 | 2) =>
  round === 2 ? (item.round1 ?? item.self) : item.self;

/** This round's decision, if taken. */
export const roundStage = (item: AssessmentItem, round: 1 | 2) => (round === 2 ? item.round2 : item.round1);

function valuesOf(item: AssessmentItem, round: 1 | 2, lang: Language): Values {
  const current = roundStage(item, round) ?? previousStage(item, round);
  return {
    input: inputValuesOf(inputOf(current), lang),
    comment: roundStage(item, round)?.text ?? '',
  };
}

/**
 * An appraiser's adjustment of one leaf: figures or points directly, their points computed live as the
 * server will, and the reason — required whenever the points differ from the decision this round revisits.
 */
export function AdjustForm({
  item,
  leaf,
  periodId,
  onSaved,
  onCancel,
}: {
  item: QueueItem;
  leaf: LeafNode | undefined;
  periodId: string;
  onSaved(saved: AssessmentItem): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const kind = item.ruleKind;
  const { round } = item;
  const editor = useItemEditor<Values>({
    item,
    at: { periodId, unitCode: item.unitCode, leafCode: item.leafCode },
    resolver: zodResolver(schema),
    valuesOf: (current) => valuesOf(current, round, lang),
    changesOf: (base, values) => ({
      version: base.version,
      input: leafInputOf(kind, values.input) ?? undefined,
      ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
    }),
    placement: { fields: ['comment'], codes: { COMMENT_REQUIRED: 'comment', INPUT_INVALID: 'input' } },
    writer: 'appraiser',
    onSaved,
  });
  const { form, save, conflict, saveValues } = editor;
  const [input, comment] = useWatch({ control: form.control, name: ['input', 'comment'] });
  const { errors } = form.formState;
  const figures = leafInputOf(kind, input);
  const preview = leaf && figures ? previewLeafScore(leaf, figures, lang) : null;
  const previous = previousStage(item, round)?.points ?? null;
  // As the server decides it: a reason is required when the points differ from those revisited.
  const changes = preview?.ok === true && (previous === null || preview.pointsMilli !== toMilli(previous));

  useEffect(() => {
    form.setFocus('input');
  }, [form]);

  const submit = form.handleSubmit((values) => {
    if (!figures || (preview && !preview.ok)) {
      form.setError('input', { type: 'rule', message: 'appraisal.figuresRequired' }, { shouldFocus: true });
      return;
    }
    if (changes && !values.comment.trim()) {
      form.setError(
        'comment',
        { type: 'required', message: 'appraisal.reasonRequired' },
        { shouldFocus: true },
      );
      return;
    }
    saveValues(values);
  });

  return (
    <form
      className="adjust-form"
      noValidate
      aria-label={t('appraisal.adjustTitle', { code: item.leafCode })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h3>{t('appraisal.adjustTitle', { code: item.leafCode })}</h3>
      <ItemEditorNotice
        editor={editor}
        differences={(conflict) => [
          {
            label: t('appraisal.decision'),
            mine: describeInput(figures, t, lang),
            theirs: describeInput(inputOf(roundStage(conflict, round)), t, lang),
          },
          {
            label: t('appraisal.reason'),
            mine: comment.trim(),
            theirs: roundStage(conflict, round)?.text ?? '',
          },
        ]}
      />
      <LeafInputController
        control={form.control}
        kind={kind}
        allowPoints
        preview={preview}
        maxPoints={item.maxPoints}
        error={errors.input?.message}
      />
      <p className="muted small">{t('appraisal.previousPoints', { points: pointsText(previous, lang) })}</p>
      <Field
        label={t('appraisal.reason')}
        hint={t('appraisal.reasonHint')}
        error={errors.comment?.message}
        required={changes}
      >
        {(control) => <textarea {...control} rows={3} {...form.register('comment')} />}
      </Field>
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={save.isPending || Boolean(conflict)}>
          {save.isPending ? t('action.saving') : t('appraisal.saveAdjustment')}
        </button>
      </div>
    </form>
  );
}
