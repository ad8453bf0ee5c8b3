import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useSaveUnitType } from '../api/save-unit-type';
import type { UnitType } from '../api/types';
import { CODE_PATTERN } from '../../../lib/codes';

const schema = z.object({
  code: z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid'),
  nameVi: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  nameEn: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  sortOrder: z.number('form.wholeNumber').int('form.wholeNumber').min(0, 'form.wholeNumber'),
  active: z.boolean(),
});

type Values = z.infer<typeof schema>;

/** Adds a unit type (data since the 2025 reform, not code) or edits its names, order and state. */
export function UnitTypeFormDialog({ type, onClose }: { type?: UnitType; onClose(): void }) {
  const { t, lang } = useI18n();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: type ?? { code: '', nameVi: '', nameEn: '', sortOrder: 100, active: true },
  });
  const save = useSaveUnitType({
    onSuccess: onClose,
    onError: (error) =>
      placeProblem(error, form.setError, lang, {
        fields: ['code', 'nameVi', 'nameEn', 'sortOrder'],
        codes: { UNIT_TYPE_TAKEN: 'code' },
      }),
  });
  const { errors } = form.formState;
  return (
    <FormDialog
      title={type ? t('unitTypes.editTitle', { code: type.code }) : t('unitTypes.createTitle')}
      onClose={onClose}
      onSubmit={(event) =>
        void form.handleSubmit(({ code, active, ...names }) =>
          save.mutate(
            type ? { code: type.code, changes: { ...names, active } } : { create: { code, ...names } },
          ),
        )(event)
      }
      pending={save.isPending}
    >
      <ErrorAlert error={save.error} />
      <Field label={t('unitTypes.code')} error={errors.code?.message} hint={t('unitTypes.codeHint')} required>
        {(control) => (
          <input {...control} {...form.register('code')} readOnly={Boolean(type)} autoFocus={!type} />
        )}
      </Field>
      <Field label={t('unitTypes.nameVi')} error={errors.nameVi?.message} required>
        {(control) => <input {...control} {...form.register('nameVi')} lang="vi" autoFocus={Boolean(type)} />}
      </Field>
      <Field label={t('unitTypes.nameEn')} error={errors.nameEn?.message} required>
        {(control) => <input {...control} {...form.register('nameEn')} lang="en" />}
      </Field>
      <Field
        label={t('unitTypes.sortOrder')}
        error={errors.sortOrder?.message}
        hint={t('unitTypes.sortOrderHint')}
      >
        {(control) => (
          <input
            {...control}
            {...form.register('sortOrder', { valueAsNumber: true })}
            type="number"
            min={0}
            step={1}
          />
        )}
      </Field>
      {type && (
        <label className="checkbox">
          <input type="checkbox" {...form.register('active')} />
          {t('unitTypes.activeLabel')}
        </label>
      )}
    </FormDialog>
  );
}
