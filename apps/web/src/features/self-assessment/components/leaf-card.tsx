import { zodResolver } from '@hookform/resolvers/zod';
import type { LeafNode, RuleKind } from '@par/scoring';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { useI18n, type Language } from '../../../lib/i18n';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import { pointsText } from '../../../lib/points';
import { previewLeafScore } from '../../../lib/score-preview';
import { inputOf, type AssessmentItem, type ItemWrite, type LeafRef } from '../api/types';
import { describeInput, inputValuesOf, leafInputOf, type LeafInputValues } from '../leaf-input';
import { useAutosave } from '../use-autosave';
import { useItemEditor } from '../use-item-editor';
import { EvidencePanel } from './evidence-panel';
import { ItemEditorNotice } from './item-editor-notice';
import { LeafInputController } from './leaf-input-fields';
import { PushedFigures } from './pushed-figures';
import { leafAnchor, LeafGuide, LeafHeading, SaveBar } from './leaf-parts';

const schema = z.object({
  input: z.custom<LeafInputValues>(),
  note: z.string().trim().max(5000, 'form.tooLong'),
});

type Values = z.infer<typeof schema>;

const valuesOf = (item: AssessmentItem, lang: Language): Values => ({
  input: inputValuesOf(inputOf(item.self), lang),
  note: item.self?.text ?? '',
});

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What to write: only what differs from `base` (so a note alone keeps figures pushed by a provincial
 * system), with the version `base` was read at.
 */
export function selfChangesOf(
  base: AssessmentItem,
  values: Values,
  kind: RuleKind,
  lang: Language,
): ItemWrite {
  const body: ItemWrite = { version: base.version };
  const input = leafInputOf(kind, values.input);
  if (input && !sameJson(input, leafInputOf(kind, inputValuesOf(inputOf(base.self), lang))))
    body.input = input;
  const note = values.note.trim();
  if (note !== (base.self?.text ?? '')) body.note = note || null;
  return body;
}

interface LeafCardProps {
  item: AssessmentItem;
  /** The leaf in the scoring model (for the live preview); undefined while the set loads. */
  leaf: LeafNode | undefined;
  at: LeafRef;
}

/**
 * One leaf of the self-assessment: what it asks, the figures its rule takes with the points they give
 * (computed as the server will), a note, evidence; saved on its own against the version it was read at.
 */
export function LeafCard({ item, leaf, at }: LeafCardProps) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const kind = item.ruleKind;
  const editor = useItemEditor<Values>({
    item,
    at,
    resolver: zodResolver(schema),
    valuesOf: (current) => valuesOf(current, lang),
    changesOf: (current, values) => selfChangesOf(current, values, kind, lang),
    placement: {
      fields: ['note'],
      codes: { INPUT_INVALID: 'input', SURVEY_LEAF_NOT_SELF_SCORED: 'input' },
    },
    writer: 'unit',
  });
  const { form, save, base, conflict, saveValues } = editor;
  const [input, note] = useWatch({ control: form.control, name: ['input', 'note'] });
  const { isDirty, errors } = form.formState;
  const preview = leaf ? previewLeafScore(leaf, leafInputOf(kind, input), lang) : null;

  const submit = form.handleSubmit((values) => {
    if (preview && !preview.ok) {
      form.setError('input', { type: 'rule', message: 'assessment.input.invalid' }, { shouldFocus: true });
      return;
    }
    saveValues(values);
  });
  const unchanged = Object.keys(selfChangesOf(base, { input, note }, kind, lang)).length === 1;

  // Drafts are never lost: an edit is saved by itself once the user stops typing (figures the rule refuses
  // wait, with the rule's message beside them), and leaving the page with unsaved edits asks first.
  const autosave = isDirty && !unchanged && !conflict && !save.isPending && preview?.ok !== false;
  useAutosave(autosave, JSON.stringify([input, note]), () => void submit(), save.isError);
  useUnsavedChanges(isDirty && !unchanged);

  return (
    <article className="leaf-card" id={leafAnchor(item.leafCode)} aria-labelledby={headingId}>
      <LeafHeading item={item} id={headingId}>
        <span className="leaf-saved">
          {item.self
            ? t('assessment.savedPoints', { points: pointsText(item.self.points, lang) })
            : t('assessment.notSaved')}
        </span>
      </LeafHeading>
      <LeafGuide item={item} />
      {item.pushed ? (
        <PushedFigures item={item} />
      ) : (
        item.selfSource && (
          <p className="alert alert-info">{t('assessment.fromSystem', { source: item.selfSource })}</p>
        )
      )}
      <form className="leaf-form" noValidate onSubmit={(event) => void submit(event)}>
        <ItemEditorNotice
          editor={editor}
          differences={(conflict) => [
            {
              label: t('assessment.figures'),
              mine: describeInput(leafInputOf(kind, input), t, lang),
              theirs: describeInput(inputOf(conflict.self), t, lang),
            },
            { label: t('assessment.note'), mine: note.trim(), theirs: conflict.self?.text ?? '' },
            {
              label: t('assessment.points'),
              mine: preview?.ok ? pointsText(preview.pointsMilli, lang, true) : '—',
              theirs: pointsText(conflict.self?.points, lang),
            },
          ]}
        />
        <LeafInputController
          control={form.control}
          kind={kind}
          preview={preview}
          maxPoints={item.maxPoints}
          unsaved={isDirty}
          error={errors.input?.type === 'server' ? errors.input.message : undefined}
        />
        <Field label={t('assessment.note')} hint={t('assessment.noteHint')} error={errors.note?.message}>
          {(control) => <textarea {...control} rows={2} {...form.register('note')} />}
        </Field>
        <SaveBar
          dirty={isDirty}
          saved={item.self}
          label={t('assessment.saveLeaf', { code: item.leafCode })}
          pending={save.isPending}
          disabled={Boolean(conflict) || unchanged}
          autosave={autosave}
        />
      </form>
      <EvidencePanel
        leaf={at}
        subject={`${item.leafCode} ${item.title}`}
        evidence={item.evidence}
        stage="self"
      />
    </article>
  );
}
