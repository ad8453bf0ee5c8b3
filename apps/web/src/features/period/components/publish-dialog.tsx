import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { usePublishResults } from '../api/publish-results';

const schema = z.object({
  decisionNo: z.string().trim().min(1, 'form.required').max(100, 'form.tooLong'),
  decisionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'form.required'),
});

type Values = z.infer<typeof schema>;

/** Publication: the decision number and date; the results become immutable and public. */
export function PublishDialog({ period, onClose }: { period: PeriodDetail; onClose(): void }) {
  const { t } = useI18n();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { decisionNo: '', decisionDate: '' },
  });
  const publish = usePublishResults(period.id, { onSuccess: onClose });
  const { errors } = form.formState;
  return (
    <FormDialog
      title={t('period.publishTitle', { name: period.name })}
      submitLabel={t('period.publish')}
      onClose={onClose}
      onSubmit={(event) => void form.handleSubmit((values) => publish.mutate(values))(event)}
      pending={publish.isPending}
    >
      <p className="alert alert-warning">{t('period.publishExplain')}</p>
      <ErrorAlert error={publish.error} details />
      <Field
        label={t('period.decisionNo')}
        error={errors.decisionNo?.message}
        hint={t('period.decisionNoHint')}
        required
      >
        {(control) => <input {...control} {...form.register('decisionNo')} autoFocus />}
      </Field>
      <Field label={t('period.decisionDate')} error={errors.decisionDate?.message} required>
        {(control) => <input {...control} type="date" {...form.register('decisionDate')} />}
      </Field>
    </FormDialog>
  );
}
