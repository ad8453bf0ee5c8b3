import { DateInput } from '../../../components/date-input';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { useI18n } from '../../../lib/i18n';
import { useCreateRemediationTask } from '../api/create-remediation-task';
import type { LostPointsRow } from '../api/types';

/** The owner a row suggests: an agency row's agency, a node row's responsible agency. */
export function suggestedOwner(row: LostPointsRow): string {
  if (row.level === 'agency') return row.key ?? '';
  if (row.level === 'penalty') return '';
  return row.responsibleAgency ?? '';
}

/** A remediation task from one lost-points row: title and owner prefilled by the server, a due date. */
export function CreateTaskDialog({
  periodId,
  row,
  onClose,
}: {
  periodId: string;
  row: LostPointsRow;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(suggestedOwner(row));
  const [dueDate, setDueDate] = useState('');
  const create = useCreateRemediationTask({ onSuccess: onClose });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({
      periodId,
      from: {
        by: row.level,
        key: row.key,
        ...(row.criteriaSet ? { criteriaSet: row.criteriaSet } : {}),
      },
      dueDate,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(owner.trim() ? { ownerAgency: owner.trim() } : {}),
    });
  };
  const label = row.level === 'penalty' ? t('analysis.lost.penalty') : `${row.key ?? ''} ${row.title}`.trim();
  return (
    <FormDialog
      title={t('analysis.tasks.createTitle', { row: label })}
      onClose={onClose}
      onSubmit={submit}
      pending={create.isPending}
      disabled={!dueDate}
    >
      <ErrorAlert error={create.error} details />
      <Field label={t('analysis.tasks.titleField')} hint={t('analysis.tasks.titleHint')}>
        {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('analysis.tasks.owner')} hint={t('analysis.tasks.ownerHint')} required>
        {(control) => <input {...control} value={owner} onChange={(e) => setOwner(e.target.value)} />}
      </Field>
      <Field label={t('analysis.tasks.due')} required>
        {(control) => <DateInput {...control} value={dueDate} onChange={setDueDate} />}
      </Field>
    </FormDialog>
  );
}
