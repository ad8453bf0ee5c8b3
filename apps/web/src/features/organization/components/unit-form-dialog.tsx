import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormDialog } from '../../../components/form-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useConcurrentEdit } from '../../../lib/use-concurrent-edit';
import { unitsQueryOptions } from '../api/get-units';
import { useSaveUnit, type UnitWrite } from '../api/save-unit';
import type { Unit, UnitChanges } from '../api/types';
import { CODE_PATTERN } from '../../../lib/codes';
import { useUnitTypes } from '../use-unit-types';

const schema = z.object({
  code: z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid'),
  name: z.string().trim().min(1, 'form.required').max(300, 'form.tooLong'),
  type: z.string().min(1, 'form.required'),
  parentCode: z.union([z.literal(''), z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid')]),
});

type Values = z.infer<typeof schema>;

const valuesOf = (unit?: Unit): Values => ({
  code: unit?.code ?? '',
  name: unit?.name ?? '',
  type: unit?.type ?? '',
  parentCode: unit?.parentCode ?? '',
});

/** Only what changed, with the version it was read at (the API answers 409 when it is stale). */
function changesOf(base: Unit, values: Values): UnitChanges {
  const changes: UnitChanges = { version: base.version };
  if (values.name !== base.name) changes.name = values.name;
  if (values.type !== base.type) changes.type = values.type;
  if (values.parentCode !== (base.parentCode ?? '')) changes.parentCode = values.parentCode || null;
  return changes;
}

/** A new unit, or what changed in `base`. */
const writeOf = (values: Values, base?: Unit): UnitWrite =>
  base
    ? { code: base.code, changes: changesOf(base, values) }
    : {
        create: {
          code: values.code,
          name: values.name,
          type: values.type,
          ...(values.parentCode ? { parentCode: values.parentCode } : {}),
        },
      };

/** Creates a unit, or edits one against the version it was read at, resolving a concurrent edit. */
export function UnitFormDialog({ unit, onClose }: { unit?: Unit; onClose(): void }) {
  const { t, lang } = useI18n();
  const { types, typeName } = useUnitTypes();
  const { data: units = [] } = useQuery(unitsQueryOptions());
  const parentsId = useId();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: valuesOf(unit) });
  const edit = useConcurrentEdit(unit, {
    reset: (current) => {
      form.reset(valuesOf(current));
      save.reset();
    },
    save: (current) => save.mutate(writeOf(form.getValues(), current)),
  });

  const save = useSaveUnit({
    onSuccess: onClose,
    onError: (error) => {
      if (edit.catchStale(error)) return;
      placeProblem(error, form.setError, lang, {
        fields: ['code', 'name', 'type', 'parentCode'],
        codes: { UNIT_CODE_TAKEN: 'code', UNIT_TYPE_UNKNOWN: 'type', UNIT_PARENT_INVALID: 'parentCode' },
      });
    },
  });

  const submit = form.handleSubmit((values) => save.mutate(writeOf(values, edit.base)));
  const { conflict } = edit;
  const { errors } = form.formState;
  const mine = form.getValues();

  return (
    <FormDialog
      title={unit ? t('units.editTitle', { code: unit.code }) : t('units.createTitle')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={save.isPending}
      disabled={Boolean(conflict)}
    >
      {conflict ? (
        <ConflictNotice
          fields={[
            { label: t('units.name'), mine: mine.name, theirs: conflict.name },
            { label: t('units.type'), mine: typeName(mine.type), theirs: typeName(conflict.type) },
            { label: t('units.parent'), mine: mine.parentCode, theirs: conflict.parentCode ?? '' },
          ]}
          pending={save.isPending}
          onTakeTheirs={edit.takeTheirs}
          onKeepMine={edit.keepMine}
        />
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <Field label={t('units.code')} error={errors.code?.message} hint={t('units.codeHint')} required>
        {(control) => (
          <input {...control} {...form.register('code')} readOnly={Boolean(unit)} autoFocus={!unit} />
        )}
      </Field>
      <Field label={t('units.name')} error={errors.name?.message} required>
        {(control) => <input {...control} {...form.register('name')} autoFocus={Boolean(unit)} />}
      </Field>
      <Field label={t('units.type')} error={errors.type?.message} required>
        {(control) => (
          <select {...control} {...form.register('type')}>
            <option value="">{t('form.choose')}</option>
            {types
              .filter((type) => type.active || type.code === edit.base?.type)
              .map((type) => (
                <option key={type.code} value={type.code}>
                  {typeName(type.code)}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t('units.parent')} error={errors.parentCode?.message} hint={t('units.parentHint')}>
        {(control) => <input {...control} {...form.register('parentCode')} list={parentsId} />}
      </Field>
      <datalist id={parentsId}>
        {units
          .filter((candidate) => candidate.code !== unit?.code)
          .map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
      </datalist>
    </FormDialog>
  );
}
