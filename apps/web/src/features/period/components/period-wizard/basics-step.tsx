import { Field } from '../../../../components/field';
import { useI18n } from '../../../../lib/i18n';
import type { PeriodDraftState } from './use-period-draft';

/** Step 1: the period's year and name. */
export function BasicsStep({ draft }: { draft: PeriodDraftState }) {
  const { t } = useI18n();
  const { form } = draft;
  const { errors } = form.formState;
  return (
    <>
      <Field label={t('period.year')} error={errors.year?.message} required>
        {(control) => (
          <input
            {...control}
            type="number"
            {...form.register('year', { valueAsNumber: true, onChange: draft.followYear })}
          />
        )}
      </Field>
      <Field label={t('period.name')} error={errors.name?.message} required>
        {(control) => <input {...control} {...form.register('name')} />}
      </Field>
    </>
  );
}
