import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { useExtendUnitDeadlines } from '../api/extend-unit-deadlines';
import type { PeriodUnit } from '../api/types';
import { DateInput } from '../../../components/date-input';
import { deadlineText, isoOf, localInput } from '../dates';

const schema = z.object({ selfAssessmentDue: deadlineText, explanationDue: deadlineText });
type Values = z.infer<typeof schema>;

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
    resolver: zodResolver(schema),
    defaultValues: {
      selfAssessmentDue: localInput(unit.selfAssessmentDue),
      explanationDue: localInput(unit.explanationDue),
    },
  });
  const [selfDue, explanationDue] = useWatch({
    control: form.control,
    name: ['selfAssessmentDue', 'explanationDue'],
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
      <Field
        label={t('period.deadline.selfAssessment')}
        hint={fallback(period.deadlines.selfAssessment)}
        error={form.formState.errors.selfAssessmentDue?.message}
      >
        {(control) => (
          <DateInput
            {...control}
            kind="datetime"
            value={selfDue}
            onChange={(value) => form.setValue('selfAssessmentDue', value, { shouldDirty: true })}
          />
        )}
      </Field>
      <Field
        label={t('period.deadline.explanation')}
        hint={fallback(period.deadlines.explanation)}
        error={form.formState.errors.explanationDue?.message}
      >
        {(control) => (
          <DateInput
            {...control}
            kind="datetime"
            value={explanationDue}
            onChange={(value) => form.setValue('explanationDue', value, { shouldDirty: true })}
          />
        )}
      </Field>
    </FormDialog>
  );
}
