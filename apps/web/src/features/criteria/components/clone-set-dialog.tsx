import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { CODE_PATTERN } from '../../../lib/codes';
import { placeProblem } from '../../../lib/form';
import { useI18n } from '../../../lib/i18n';
import { useCloneCriteriaSet } from '../api/clone-criteria-set';
import type { CriteriaSetSummary } from '../api/types';

const schema = z.object({
  code: z.string().trim().regex(CODE_PATTERN, 'form.codeInvalid'),
  year: z
    .number({ message: 'set.yearInvalid' })
    .int('set.yearInvalid')
    .min(2000, 'set.yearInvalid')
    .max(2100, 'set.yearInvalid'),
  name: z.string().trim().max(300, 'form.tooLong'),
});

type Values = z.infer<typeof schema>;

/** Next year's draft from a set (the yearly re-issue starts here); opens the new set. */
export function CloneSetDialog({ set, onClose }: { set: CriteriaSetSummary; onClose(): void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const year = set.year + 1;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      code: set.code.includes(String(set.year)) ? set.code.replace(String(set.year), String(year)) : '',
      year,
      name: set.name.replace(String(set.year), String(year)),
    },
  });
  const clone = useCloneCriteriaSet(set.id, {
    onSuccess: async (created) => {
      onClose();
      await navigate(`/criteria/${created.id}`);
    },
    onError: (error) =>
      placeProblem(error, form.setError, lang, {
        fields: ['code', 'year', 'name'],
        codes: { CRITERIA_SET_CODE_TAKEN: 'code' },
      }),
  });
  const submit = form.handleSubmit((values) =>
    clone.mutate({ code: values.code, year: values.year, ...(values.name ? { name: values.name } : {}) }),
  );
  const { errors } = form.formState;
  return (
    <FormDialog
      title={t('set.cloneTitle', { code: set.code })}
      submitLabel={t('set.clone')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={clone.isPending}
    >
      <p className="field-hint">{t('set.cloneExplain')}</p>
      <ErrorAlert error={clone.error} details />
      <Field label={t('set.code')} error={errors.code?.message} required>
        {(control) => <input {...control} {...form.register('code')} autoFocus />}
      </Field>
      <Field label={t('set.year')} error={errors.year?.message} required>
        {(control) => (
          <input {...control} type="number" {...form.register('year', { valueAsNumber: true })} />
        )}
      </Field>
      <Field label={t('set.name')} error={errors.name?.message} hint={t('set.cloneNameHint')}>
        {(control) => <input {...control} {...form.register('name')} />}
      </Field>
    </FormDialog>
  );
}
