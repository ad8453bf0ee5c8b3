import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { CODE_PATTERN } from '../../../lib/codes';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { useAddPeriodUnit } from '../api/add-period-unit';
import type { UnitOption } from '../options';

const schema = z.object({
  code: z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid'),
  group: z.string().trim().regex(CODE_PATTERN, 'wizard.groupInvalid'),
});

type Values = z.infer<typeof schema>;

/** Enrols one more unit while the period is in setup. */
export function AddUnitDialog({
  period,
  units,
  onClose,
}: {
  period: PeriodDetail;
  units: readonly UnitOption[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const listId = useId();
  const groupsId = useId();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { code: '', group: '' } });
  const add = useAddPeriodUnit(period.id, { onSuccess: onClose });
  const enrolled = new Set(period.units.map((unit) => unit.code));
  const { errors } = form.formState;
  return (
    <FormDialog
      title={t('period.addUnitTitle')}
      onClose={onClose}
      onSubmit={(event) => void form.handleSubmit((values) => add.mutate(values))(event)}
      pending={add.isPending}
    >
      <ErrorAlert error={add.error} details />
      <Field label={t('units.code')} error={errors.code?.message} required>
        {(control) => <input {...control} {...form.register('code')} list={listId} autoFocus />}
      </Field>
      <datalist id={listId}>
        {units
          .filter((unit) => unit.active && !enrolled.has(unit.code))
          .map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
      </datalist>
      <Field label={t('period.group')} error={errors.group?.message} required>
        {(control) => <input {...control} {...form.register('group')} list={groupsId} />}
      </Field>
      <datalist id={groupsId}>
        {[...new Set(period.units.map((unit) => unit.group))].map((group) => (
          <option key={group} value={group} />
        ))}
      </datalist>
    </FormDialog>
  );
}
