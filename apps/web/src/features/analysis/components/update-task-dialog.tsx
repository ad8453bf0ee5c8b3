import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { staleVersionOf } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { RemediationStatus, RemediationTask } from '../api/types';
import { useUpdateRemediationTask } from '../api/update-remediation-task';
import { useUploadTaskEvidence } from '../api/upload-task-evidence';
import { STATUS_LABELS } from '../labels';

const STATUSES = Object.keys(STATUS_LABELS) as RemediationStatus[];

/** Status, progress and a note on one task, sent with the version last read (409: reloaded, say so). */
export function UpdateTaskDialog({ task, onClose }: { task: RemediationTask; onClose(): void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(task);
  const [status, setStatus] = useState<RemediationStatus>(task.status);
  const [progress, setProgress] = useState(String(task.progress));
  const [note, setNote] = useState('');
  const [stale, setStale] = useState(false);
  const update = useUpdateRemediationTask(task.id, {
    onSuccess: onClose,
    onError: (error) => {
      const latest = staleVersionOf<RemediationTask>(error);
      if (latest) {
        setCurrent(latest);
        setStatus(latest.status);
        setProgress(String(latest.progress));
        setStale(true);
      }
    },
  });
  const [uploaded, setUploaded] = useState<string[]>([]);
  const evidence = useUploadTaskEvidence(task.id, {
    onSuccess: (_answer, file) => setUploaded((names) => [...names, file.name]),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStale(false);
    const percent = Number(progress);
    update.mutate({
      version: current.version,
      ...(status !== current.status ? { status } : {}),
      ...(percent !== current.progress ? { progress: percent } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  const invalid = !/^\d{1,3}$/.test(progress) || Number(progress) > 100;
  return (
    <FormDialog
      title={t('analysis.tasks.updateTitle', { title: task.title })}
      onClose={onClose}
      onSubmit={submit}
      pending={update.isPending}
      disabled={invalid}
    >
      {stale ? (
        <p className="alert alert-warn" role="alert">
          {t('analysis.tasks.stale')}
        </p>
      ) : (
        <ErrorAlert error={update.error} details />
      )}
      <Field label={t('analysis.tasks.status')}>
        {(control) => (
          <select
            {...control}
            value={status}
            onChange={(e) => setStatus(e.target.value as RemediationStatus)}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(STATUS_LABELS[value])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('analysis.tasks.progress')}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            max={100}
            value={progress}
            onChange={(e) => setProgress(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('analysis.tasks.note')}>
        {(control) => (
          <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <Field label={t('analysis.tasks.evidence')} hint={t('analysis.tasks.evidenceHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            disabled={evidence.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) evidence.mutate(file);
              e.target.value = '';
            }}
          />
        )}
      </Field>
      <ErrorAlert error={evidence.error} />
      {evidence.isPending && <p role="status">{t('analysis.tasks.uploading')}</p>}
      {[...current.evidence.map((file) => file.fileName), ...uploaded].length > 0 && (
        <ul aria-label={t('analysis.tasks.evidence')}>
          {[...current.evidence.map((file) => file.fileName), ...uploaded].map((name, i) => (
            <li key={`${name}-${i}`}>{name}</li>
          ))}
        </ul>
      )}
    </FormDialog>
  );
}
