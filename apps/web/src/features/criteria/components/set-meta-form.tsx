import { zodResolver } from '@hookform/resolvers/zod';
import type { BandV1 } from '@par/scoring';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ConflictNotice } from '../../../components/conflict-notice';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { CODE_PATTERN } from '../../../lib/codes';
import { isMessageKey } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { decimalForReader, decimalFromReader } from '../../../lib/points';
import { useConcurrentEdit } from '../../../lib/use-concurrent-edit';
import { useShowCriteriaSet } from '../api/criteria-set-cache';
import { useUpdateCriteriaSet } from '../api/update-criteria-set';
import type { CriteriaSetDetail, SetMetaChanges } from '../api/types';
import { CellInput, EditableRows } from './editable-rows';
import { POINTS_PATTERN } from './node-form-dialog';

const INDEX_PATTERN = /^\d{1,3}([.,]\d{1,2})?$/;

const schema = z
  .object({
    name: z.string().trim().min(1, 'form.required').max(300, 'form.tooLong'),
    sourceDecision: z.string().trim().max(300, 'form.tooLong'),
    bands: z
      .array(
        z.object({
          code: z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid'),
          label: z.string().trim().min(1, 'form.required').max(100, 'form.tooLong'),
          minIndex: z
            .string()
            .trim()
            .regex(INDEX_PATTERN, 'set.indexInvalid')
            .refine((text) => Number(decimalFromReader(text)) <= 100, 'set.indexInvalid'),
        }),
      )
      .max(20),
    hasAdjustments: z.boolean(),
    bonusMax: z.string().trim(),
    penaltyMax: z.string().trim(),
  })
  .superRefine((values, context) => {
    if (!values.hasAdjustments) return;
    for (const name of ['bonusMax', 'penaltyMax'] as const)
      if (!POINTS_PATTERN.test(values[name]))
        context.addIssue({ code: 'custom', path: [name], message: 'criteria.pointsInvalid' });
  });

type Values = z.infer<typeof schema>;

function valuesOf(set: CriteriaSetDetail, lang: 'vi' | 'en'): Values {
  const { bands = [], adjustments } = set.document;
  return {
    name: set.name,
    sourceDecision: set.sourceDecision ?? '',
    bands: bands.map((band) => ({
      code: band.code,
      label: band.label,
      minIndex: decimalForReader(band.minIndex, lang),
    })),
    hasAdjustments: Boolean(adjustments),
    bonusMax: adjustments ? decimalForReader(adjustments.bonusMax, lang) : '',
    penaltyMax: adjustments ? decimalForReader(adjustments.penaltyMax, lang) : '',
  };
}

function changesOf(values: Values, version: number): SetMetaChanges {
  return {
    name: values.name,
    sourceDecision: values.sourceDecision || null,
    bands: values.bands.map((band): BandV1 => ({
      code: band.code,
      label: band.label,
      minIndex: decimalFromReader(band.minIndex),
    })),
    adjustments: values.hasAdjustments
      ? { bonusMax: decimalFromReader(values.bonusMax), penaltyMax: decimalFromReader(values.penaltyMax) }
      : null,
    version,
  };
}

/** Bands and caps as one line, to compare two versions of the set. */
function summaryOf(values: Values) {
  return {
    bands: values.bands.map((band) => `${band.code} ${band.label} ≥ ${band.minIndex}`).join('; '),
    adjustments: values.hasAdjustments ? `+${values.bonusMax} / −${values.penaltyMax}` : '—',
  };
}

/**
 * A draft set's metadata: name, the decision that issues it, classification bands and bonus/penalty caps,
 * saved against the version it was read at (a concurrent save shows both sides).
 */
export function SetMetaForm({ set }: { set: CriteriaSetDetail }) {
  const { t, lang } = useI18n();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: valuesOf(set, lang) });
  const bands = useFieldArray({ control: form.control, name: 'bands' });
  const showSet = useShowCriteriaSet(set.id);
  const edit = useConcurrentEdit(set, {
    reset: (current) => {
      // Theirs is the whole set as saved: the page (tree, facts) shows it too.
      showSet(current);
      form.reset(valuesOf(current, lang));
      save.reset();
    },
    save: (current) => save.mutate(changesOf(form.getValues(), current.version)),
  });
  const save = useUpdateCriteriaSet(set.id, {
    onSuccess: (detail) => form.reset(valuesOf(detail, lang)),
    onError: (error) => void edit.catchStale(error),
  });
  // Node edits bump the version too: the next save goes against the newest one this page has seen.
  const submit = form.handleSubmit((values) =>
    save.mutate(changesOf(values, Math.max(set.version, edit.base?.version ?? 0))),
  );
  const { errors } = form.formState;
  const hasAdjustments = useWatch({ control: form.control, name: 'hasAdjustments' });
  const { conflict } = edit;
  const mine = summaryOf(form.getValues());
  const theirs = conflict ? summaryOf(valuesOf(conflict, lang)) : null;

  return (
    <form className="form set-meta" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('set.metaTitle')}</h2>
      {conflict && theirs ? (
        <ConflictNotice
          fields={[
            { label: t('set.name'), mine: form.getValues('name'), theirs: conflict.name },
            {
              label: t('set.decision'),
              mine: form.getValues('sourceDecision'),
              theirs: conflict.sourceDecision ?? '',
            },
            { label: t('set.bands'), mine: mine.bands, theirs: theirs.bands },
            { label: t('set.adjustments'), mine: mine.adjustments, theirs: theirs.adjustments },
          ]}
          pending={save.isPending}
          onTakeTheirs={edit.takeTheirs}
          onKeepMine={edit.keepMine}
        />
      ) : (
        <ErrorAlert error={save.error} details />
      )}
      {save.isSuccess && !form.formState.isDirty && (
        <p className="alert alert-success" role="status">
          {t('set.saved')}
        </p>
      )}
      <Field label={t('set.name')} error={errors.name?.message} required>
        {(control) => <input {...control} {...form.register('name')} />}
      </Field>
      <Field label={t('set.decision')} error={errors.sourceDecision?.message} hint={t('set.decisionHint')}>
        {(control) => <input {...control} {...form.register('sourceDecision')} />}
      </Field>
      <fieldset className="field">
        <legend>{t('set.bands')}</legend>
        <p className="field-hint">{t('set.bandsHint')}</p>
        <EditableRows
          caption={t('set.bands')}
          headers={[t('set.bandCode'), t('set.bandLabel'), t('set.bandMin')]}
          rowKeys={bands.fields.map((band) => band.id)}
          rowLabel={(i) => t('set.bandN', { n: i + 1 })}
          onRemove={(i) => bands.remove(i)}
          cells={(i, row) => {
            const error = errors.bands?.[i];
            const message = (text?: string) => (text && isMessageKey(text) ? t(text) : text);
            return (
              <>
                <td>
                  <CellInput
                    wide
                    label={`${row}: ${t('set.bandCode')}`}
                    error={message(error?.code?.message)}
                    {...form.register(`bands.${i}.code`)}
                  />
                </td>
                <td>
                  <CellInput
                    wide
                    label={`${row}: ${t('set.bandLabel')}`}
                    error={message(error?.label?.message)}
                    {...form.register(`bands.${i}.label`)}
                  />
                </td>
                <td>
                  <CellInput
                    label={`${row}: ${t('set.bandMin')}`}
                    error={message(error?.minIndex?.message)}
                    {...form.register(`bands.${i}.minIndex`)}
                  />
                </td>
              </>
            );
          }}
        />
        <button
          type="button"
          className="button-secondary"
          onClick={() => bands.append({ code: '', label: '', minIndex: '' })}
        >
          {t('set.addBand')}
        </button>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" {...form.register('hasAdjustments')} />
        {t('set.hasAdjustments')}
      </label>
      {hasAdjustments && (
        <div className="form-row">
          <Field label={t('set.bonusMax')} error={errors.bonusMax?.message}>
            {(control) => <input {...control} {...form.register('bonusMax')} inputMode="decimal" />}
          </Field>
          <Field label={t('set.penaltyMax')} error={errors.penaltyMax?.message}>
            {(control) => <input {...control} {...form.register('penaltyMax')} inputMode="decimal" />}
          </Field>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending || Boolean(conflict)}>
          {save.isPending ? t('action.saving') : t('action.save')}
        </button>
      </div>
    </form>
  );
}
