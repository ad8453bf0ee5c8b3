import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useFileAppeal } from '../api/file-appeal';
import { appealableLeavesQueryOptions } from '../api/get-appeals';

interface Row {
  leafCode: string;
  reason: string;
  file?: File;
}

/** The unit chooses leaves, gives a reason for each and may attach a file to each. */
export function FileAppealForm({ periodId, unitCode }: { periodId: string; unitCode: string }) {
  const { t } = useI18n();
  const leaves = useQuery(appealableLeavesQueryOptions(periodId, unitCode));
  const [rows, setRows] = useState<Row[]>([{ leafCode: '', reason: '' }]);
  const [done, setDone] = useState(false);
  const file = useFileAppeal(periodId, {
    onSuccess: () => {
      setRows([{ leafCode: '', reason: '' }]);
      setDone(true);
    },
  });
  const update = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    file.mutate({
      body: { leaves: rows.map(({ leafCode, reason }) => ({ leafCode, reason })) },
      files: Object.fromEntries(rows.map((row) => [row.leafCode, row.file])),
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('appeal.fileTitle')}>
      <h2>{t('appeal.fileTitle')}</h2>
      <ErrorAlert error={leaves.error ?? file.error} />
      {rows.map((row, index) => (
        <fieldset key={index}>
          <label>
            {t('appeal.leaf')}
            <select
              required
              value={row.leafCode}
              onChange={(event) => update(index, { leafCode: event.target.value })}
            >
              <option value="" />
              {(leaves.data ?? []).map((leaf) => (
                <option key={leaf.leafCode} value={leaf.leafCode}>
                  {leaf.leafCode} — {leaf.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('appeal.reason')}
            <textarea
              required
              minLength={5}
              value={row.reason}
              onChange={(event) => update(index, { reason: event.target.value })}
            />
          </label>
          <label>
            {t('appeal.evidence')}
            <input type="file" onChange={(event) => update(index, { file: event.target.files?.[0] })} />
          </label>
          {rows.length > 1 && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
            >
              {t('appeal.removeLeaf')}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => setRows((current) => [...current, { leafCode: '', reason: '' }])}
      >
        {t('appeal.addLeaf')}
      </button>
      <button type="submit" className="button-primary" disabled={file.isPending}>
        {t('appeal.submit')}
      </button>
      {done && <p role="status">{t('appeal.filed')}</p>}
    </form>
  );
}
