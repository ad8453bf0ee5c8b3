import { zodResolver } from '@hookform/resolvers/zod';
import {
  canonicalRuleV1,
  validateRule,
  type CriteriaNodeV1,
  type LeafSource,
  type RuleV1,
} from '@par/scoring';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { ApiError, fieldProblemMessage } from '../../../lib/api-error';
import { CODE_PATTERN } from '../../../lib/codes';
import { useI18n } from '../../../lib/i18n';
import { decimalForReader, decimalFromReader, pointsText } from '../../../lib/points';
import { useSaveNode, type NodeWrite } from '../api/save-node';
import type { CriteriaSetDetail, NewNode, NodeChanges } from '../api/types';
import { SOURCE_LABELS } from '../labels';
import { previewLeaf } from '../preview';
import { draftOf, ruleOf, type RuleDraft } from '../rule-draft';
import { childrenMilli, isBranch, milliOf } from '../tree';
import { RuleEditor } from './rule-editor';
import { RulePreview } from './rule-preview';

/** Points as typed: a decimal with at most 3 fractional digits, comma or point. */
export const POINTS_PATTERN = /^\d{1,9}([.,]\d{1,3})?$/;

const schema = z.object({
  code: z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid'),
  title: z.string().trim().min(1, 'form.required').max(1000, 'form.tooLong'),
  maxPoints: z.string().trim().regex(POINTS_PATTERN, 'criteria.pointsInvalid'),
  source: z.enum(['assessment', 'survey']),
  hasRule: z.boolean(),
  guidance: z.string().max(5000, 'form.tooLong'),
  evidence: z.string().max(2000, 'form.tooLong'),
  leadAgency: z.union([z.literal(''), z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid')]),
  responsibleAgency: z.string().trim().max(200, 'form.tooLong'),
});

type Values = z.infer<typeof schema>;

/** What the dialog does: add a node under a parent (null: a new area) at a position, or edit one. */
export type NodeTarget =
  { mode: 'add'; parentCode: string | null; position?: number } | { mode: 'edit'; node: CriteriaNodeV1 };

const emptyToNull = (text: string) => text.trim() || null;

function changesOf(node: CriteriaNodeV1, values: Values, rule: RuleV1 | null, leaf: boolean): NodeChanges {
  const changes: NodeChanges = {};
  if (values.code !== node.code) changes.code = values.code;
  if (values.title !== node.title) changes.title = values.title;
  if (milliOf(decimalFromReader(values.maxPoints)) !== milliOf(node.maxPoints))
    changes.maxPoints = decimalFromReader(values.maxPoints);
  if (leaf) {
    if (JSON.stringify(rule) !== JSON.stringify(node.rule ?? null)) changes.rule = rule;
    if (rule && values.source !== (node.source ?? 'assessment')) changes.source = values.source;
  }
  if (emptyToNull(values.guidance) !== (node.guidance ?? null))
    changes.guidance = emptyToNull(values.guidance);
  if (emptyToNull(values.evidence) !== (node.evidence ?? null))
    changes.evidence = emptyToNull(values.evidence);
  if (emptyToNull(values.leadAgency) !== (node.leadAgency ?? null))
    changes.leadAgency = emptyToNull(values.leadAgency);
  if (emptyToNull(values.responsibleAgency) !== (node.responsibleAgency ?? null))
    changes.responsibleAgency = emptyToNull(values.responsibleAgency);
  return changes;
}

/**
 * Adds or edits a node of a draft set: code (renaming keeps the children), title, max points and, on a
 * leaf, its source and scoring rule — validated live with a preview of how an input scores.
 */
export function NodeFormDialog({
  set,
  target,
  onClose,
}: {
  set: CriteriaSetDetail;
  target: NodeTarget;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const node = target.mode === 'edit' ? target.node : undefined;
  const leaf = !node || !isBranch(node);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      code: node?.code ?? '',
      title: node?.title ?? '',
      maxPoints: node ? decimalForReader(node.maxPoints, lang) : '',
      source: node?.source ?? 'assessment',
      // A new area usually gets criteria under it; a new criterion or an existing leaf is scored.
      hasRule: node ? Boolean(node.rule) : !(target.mode === 'add' && target.parentCode === null),
      guidance: node?.guidance ?? '',
      evidence: node?.evidence ?? '',
      leadAgency: node?.leadAgency ?? '',
      responsibleAgency: node?.responsibleAgency ?? '',
    },
  });
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(node?.rule, lang));
  const [code, title, maxPoints, source, hasRule] = useWatch({
    control: form.control,
    name: ['code', 'title', 'maxPoints', 'source', 'hasRule'],
  });
  const scored = leaf && hasRule;
  const validation = scored ? validateRule(ruleOf(draft), decimalFromReader(maxPoints) || '0') : null;
  // The preview scores the rule: a code or a title not typed yet is no reason to refuse it, and before the
  // maximum is typed it says so in words instead of listing the field names the parser complains about.
  const maxTyped = maxPoints.trim() !== '';
  const preview =
    validation?.ok === true && maxTyped
      ? previewLeaf({
          code: code.trim() || 'x',
          title: title.trim() || 'x',
          maxPoints: decimalFromReader(maxPoints),
          source,
          rule: ruleOf(draft),
        })
      : null;

  /** The write, or null when an edited node did not change. */
  const writeOf = (values: Values): NodeWrite | null => {
    const rule = scored && validation?.ok ? canonicalRuleV1(validation.value) : null;
    if (!node) {
      const created: NewNode = {
        parentCode: target.mode === 'add' ? target.parentCode : null,
        code: values.code,
        title: values.title,
        maxPoints: decimalFromReader(values.maxPoints),
        ...(rule ? { rule, source: values.source } : {}),
        ...(values.guidance.trim() ? { guidance: values.guidance.trim() } : {}),
        ...(values.evidence.trim() ? { evidence: values.evidence.trim() } : {}),
        ...(values.leadAgency ? { leadAgency: values.leadAgency } : {}),
        ...(values.responsibleAgency.trim() ? { responsibleAgency: values.responsibleAgency.trim() } : {}),
        ...(target.mode === 'add' && target.position !== undefined ? { position: target.position } : {}),
      };
      return { create: created };
    }
    const changes = changesOf(node, values, rule, leaf);
    return Object.keys(changes).length ? { code: node.code, changes } : null;
  };
  const save = useSaveNode(set.id, {
    onSuccess: onClose,
    onError: (error) => {
      const duplicate =
        error instanceof ApiError
          ? error.problem.errors?.find((e) => e.code === 'DUPLICATE_CODE')
          : undefined;
      if (duplicate)
        form.setError(
          'code',
          { type: 'server', message: fieldProblemMessage(duplicate, lang) },
          { shouldFocus: true },
        );
    },
  });

  const submit = form.handleSubmit((values) => {
    if (validation && !validation.ok) return;
    const write = writeOf(values);
    if (write) save.mutate(write);
    else onClose();
  });
  const { errors } = form.formState;
  const sum = node && !leaf ? childrenMilli(node) : null;
  const points = (milli: number) => pointsText(milli, lang, true);

  return (
    <FormDialog
      wide
      title={
        node
          ? t('node.editTitle', { code: node.code })
          : target.mode === 'add' && target.parentCode
            ? t('node.addChildTitle', { parent: target.parentCode })
            : t('node.addAreaTitle')
      }
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={save.isPending}
      disabled={Boolean(validation && !validation.ok)}
    >
      <ErrorAlert error={save.error} details />
      <div className="form-row">
        <Field label={t('node.code')} error={errors.code?.message} hint={t('node.codeHint')} required>
          {(control) => <input {...control} {...form.register('code')} autoFocus />}
        </Field>
        <Field
          label={t('node.maxPoints')}
          error={errors.maxPoints?.message}
          hint={sum !== null ? t('node.childrenSum', { sum: points(sum) }) : undefined}
          required
        >
          {(control) => <input {...control} {...form.register('maxPoints')} inputMode="decimal" />}
        </Field>
      </div>
      <Field label={t('node.title')} error={errors.title?.message} required>
        {(control) => <textarea {...control} {...form.register('title')} rows={2} />}
      </Field>
      {leaf && (
        <>
          <label className="checkbox">
            <input type="checkbox" {...form.register('hasRule')} />
            {t('node.hasRule')}
          </label>
          {scored && (
            <>
              <Field label={t('node.source')} error={errors.source?.message}>
                {(control) => (
                  <select {...control} {...form.register('source')}>
                    {(Object.keys(SOURCE_LABELS) as LeafSource[]).map((value) => (
                      <option key={value} value={value}>
                        {t(SOURCE_LABELS[value])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="rule-workbench">
                <RuleEditor
                  draft={draft}
                  onChange={(next) => {
                    if (next.kind === 'survey' && draft.kind !== 'survey') form.setValue('source', 'survey');
                    setDraft(next);
                  }}
                  maxPoints={maxPoints}
                  issues={validation && !validation.ok ? validation.issues : []}
                />
                <RulePreview
                  leaf={preview?.ok ? preview.leaf : null}
                  issues={preview && !preview.ok ? preview.issues : []}
                  waitingFor={validation?.ok && !maxTyped ? 'maxPoints' : undefined}
                />
              </div>
            </>
          )}
        </>
      )}
      <Field label={t('node.guidance')} error={errors.guidance?.message}>
        {(control) => <textarea {...control} {...form.register('guidance')} rows={2} />}
      </Field>
      <Field label={t('node.evidence')} error={errors.evidence?.message}>
        {(control) => <textarea {...control} {...form.register('evidence')} rows={2} />}
      </Field>
      <Field label={t('node.leadAgency')} error={errors.leadAgency?.message} hint={t('node.leadAgencyHint')}>
        {(control) => <input {...control} {...form.register('leadAgency')} />}
      </Field>
      <Field
        label={t('node.responsibleAgency')}
        error={errors.responsibleAgency?.message}
        hint={t('node.responsibleAgencyHint')}
      >
        {(control) => <input {...control} {...form.register('responsibleAgency')} />}
      </Field>
    </FormDialog>
  );
}
