import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ConflictNotice } from '../../../components/conflict-notice';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import type { PeriodDetail, PeriodSummary } from '../../../lib/period-queries';
import { useConcurrentEdit } from '../../../lib/use-concurrent-edit';
import { useUpdatePeriod } from '../api/update-period';
import type { PeriodChanges } from '../api/types';
import { deadlineText, isoOf, localInput } from '../dates';
import { pastDeadlines, type PastDeadline } from '../deadline-locks';
import { DEADLINE_LABELS, DEADLINES } from '../labels';
import { DeadlineFields } from './deadline-fields';

const schema = z.object({
  name: z.string().trim().min(1, 'form.required').max(300, 'form.tooLong'),
  deadlines: z.object({
    selfAssessment: deadlineText,
    appraisal: deadlineText,
    explanation: deadlineText,
    finalAppraisal: deadlineText,
  }),
});

type Values = z.infer<typeof schema>;

/** The name and every deadline (an empty one clears it), against `version`. */
const changesOf = (values: Values, version: number): PeriodChanges => ({
  name: values.name,
  deadlines: Object.fromEntries(DEADLINES.map((name) => [name, isoOf(values.deadlines[name])])),
  version,
});

const valuesOf = (period: PeriodSummary): Values => ({
  name: period.name,
  deadlines: {
    selfAssessment: localInput(period.deadlines.selfAssessment),
    appraisal: localInput(period.deadlines.appraisal),
    explanation: localInput(period.deadlines.explanation),
    finalAppraisal: localInput(period.deadlines.finalAppraisal),
  },
});

const PAST_LOCKS: Record<PastDeadline['name'], MessageKey> = {
  selfAssessment: 'period.pastLocks.selfAssessment',
  appraisal: 'period.pastLocks.none',
  explanation: 'period.pastLocks.explanation',
  finalAppraisal: 'period.pastLocks.none',
};

/**
 * A period's name and deadlines, saved against the version read (a concurrent save shows both sides). A
 * deadline moved into the past asks first, saying how many units it locks at once.
 */
export function PeriodEditDialog({ period, onClose }: { period: PeriodDetail; onClose(): void }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [asking, setAsking] = useState<{ changes: PeriodChanges; past: PastDeadline[] } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: valuesOf(period) });
  const deadlines = useWatch({ control: form.control, name: 'deadlines' });
  const edit = useConcurrentEdit(period, {
    reset: (current) => {
      form.reset(valuesOf(current));
      save.reset();
    },
    save: (current) => save.mutate(changesOf(form.getValues(), current.version)),
  });
  const save = useUpdatePeriod(period.id, {
    onSuccess: onClose,
    onError: (error) => void edit.catchStale(error),
  });
  const submit = form.handleSubmit((values) => {
    const changes = changesOf(values, edit.base?.version ?? period.version);
    const past = pastDeadlines(period, changes.deadlines ?? {}, new Date());
    if (past.length > 0) setAsking({ changes, past });
    else save.mutate(changes);
  });
  const { errors } = form.formState;
  const { conflict } = edit;
  const mine = form.getValues();
  const shown = (local: string) => (local ? formatDateTime(new Date(local)) : '');
  if (asking)
    return (
      <ConfirmDialog
        title={t('period.pastDeadlineTitle')}
        confirmLabel={t('period.pastDeadlineConfirm')}
        danger
        onConfirm={() => {
          save.mutate(asking.changes);
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      >
        <ul>
          {asking.past.map((deadline) => (
            <li key={deadline.name}>
              {t(PAST_LOCKS[deadline.name], {
                deadline: t(DEADLINE_LABELS[deadline.name]),
                date: formatDateTime(deadline.at),
                count: formatNumber(deadline.locks ?? 0),
              })}
            </li>
          ))}
        </ul>
        {asking.past.some((deadline) => deadline.locks !== null) && <p>{t('period.pastDeadlineExtended')}</p>}
      </ConfirmDialog>
    );
  return (
    <FormDialog
      title={t('period.editTitle')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      pending={save.isPending}
      disabled={Boolean(conflict)}
    >
      {conflict ? (
        <ConflictNotice
          fields={[
            { label: t('period.name'), mine: mine.name, theirs: conflict.name },
            ...DEADLINES.map((name) => ({
              label: t(DEADLINE_LABELS[name]),
              mine: shown(mine.deadlines[name]),
              theirs: shown(localInput(conflict.deadlines[name])),
            })),
          ]}
          pending={save.isPending}
          onTakeTheirs={edit.takeTheirs}
          onKeepMine={edit.keepMine}
        />
      ) : (
        <ErrorAlert error={save.error} details />
      )}
      <Field label={t('period.name')} error={errors.name?.message} required>
        {(control) => <input {...control} {...form.register('name')} />}
      </Field>
      <DeadlineFields
        values={deadlines}
        onChange={(name, value) =>
          form.setValue(`deadlines.${name}`, value, {
            shouldDirty: true,
            shouldValidate: form.formState.isSubmitted,
          })
        }
        error={(name) => errors.deadlines?.[name]?.message}
      />
    </FormDialog>
  );
}
