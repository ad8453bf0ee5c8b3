import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import { periodKeys, type PeriodDetail } from '../../../lib/period-queries';
import { extendUnitDeadlines, type PeriodUnit } from '../api';
import { isoOf, localInput } from '../dates';

interface Values {
  selfAssessmentDue: string;
  explanationDue: string;
}

/** One unit's own deadlines (an extension); an empty field falls back to the period's deadline. */
export function UnitDeadlineDialog({
  period,
  unit,
  onClose,
}: {
  period: PeriodDetail;
  unit: PeriodUnit;
  onClose(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    defaultValues: {
      selfAssessmentDue: localInput(unit.selfAssessmentDue),
      explanationDue: localInput(unit.explanationDue),
    },
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      extendUnitDeadlines(period.id, unit.code, {
        selfAssessmentDue: isoOf(values.selfAssessmentDue),
        explanationDue: isoOf(values.explanationDue),
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(periodKeys.detail(period.id), detail);
      onClose();
    },
  });
  const fallback = (iso: string | null) =>
    t('period.extensionHint', { date: iso ? formatDateTime(iso) : t('period.noDeadline') });
  return (
    <FormDialog
      title={t('period.extendTitle', { name: unit.name })}
      onClose={onClose}
      onSubmit={(event) => void form.handleSubmit((values) => save.mutate(values))(event)}
      pending={save.isPending}
    >
      <ErrorAlert error={save.error} details />
      <Field label={t('period.deadline.selfAssessment')} hint={fallback(period.deadlines.selfAssessment)}>
        {(control) => <input {...control} type="datetime-local" {...form.register('selfAssessmentDue')} />}
      </Field>
      <Field label={t('period.deadline.explanation')} hint={fallback(period.deadlines.explanation)}>
        {(control) => <input {...control} type="datetime-local" {...form.register('explanationDue')} />}
      </Field>
    </FormDialog>
  );
}
