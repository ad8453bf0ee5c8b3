import { useForm } from 'react-hook-form';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { useExtendUnitDeadlines } from '../api/extend-unit-deadlines';
import type { PeriodUnit } from '../api/types';
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
  const form = useForm<Values>({
    defaultValues: {
      selfAssessmentDue: localInput(unit.selfAssessmentDue),
      explanationDue: localInput(unit.explanationDue),
    },
  });
  const save = useExtendUnitDeadlines(period.id, unit.code, { onSuccess: onClose });
  const fallback = (iso: string | null) =>
    t('period.extensionHint', { date: iso ? formatDateTime(iso) : t('period.noDeadline') });
  return (
    <FormDialog
      title={t('period.extendTitle', { name: unit.name })}
      onClose={onClose}
      onSubmit={(event) =>
        void form.handleSubmit((values) =>
          save.mutate({
            selfAssessmentDue: isoOf(values.selfAssessmentDue),
            explanationDue: isoOf(values.explanationDue),
          }),
        )(event)
      }
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
