import { DateInput } from '../../../components/date-input';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { usePublishVersion } from '../api/publish-version';

/** Admin: the new version under its own decision (number, date, signer, signed PDF). */
export function PublishVersionForm({ periodId }: { periodId: string }) {
  const { t } = useI18n();
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [signer, setSigner] = useState('');
  const [decision, setDecision] = useState<File | undefined>();
  const [acknowledge, setAcknowledge] = useState(false);
  const [acknowledgementReason, setReason] = useState('');
  const [version, setVersion] = useState<number | null>(null);
  const publish = usePublishVersion(periodId, { onSuccess: (row) => setVersion(row.version) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate({
      body: {
        decisionNo,
        decisionDate,
        ...(signer ? { signer } : {}),
        ...(acknowledge ? { acknowledgeWarnings: true, acknowledgementReason } : {}),
      },
      decision,
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('appeal.publishTitle')}>
      <h2>{t('appeal.publishTitle')}</h2>
      <ErrorAlert error={publish.error} />
      <label>
        {t('appeal.decisionNo')}
        <input required value={decisionNo} onChange={(event) => setDecisionNo(event.target.value)} />
      </label>
      <label>
        {t('appeal.decisionDate')}
        <DateInput required value={decisionDate} onChange={setDecisionDate} />
      </label>
      <label>
        {t('appeal.signer')}
        <input value={signer} onChange={(event) => setSigner(event.target.value)} />
      </label>
      <label>
        {t('appeal.decisionFile')}
        <input
          type="file"
          accept="application/pdf"
          onChange={(event) => setDecision(event.target.files?.[0])}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={acknowledge}
          onChange={(event) => setAcknowledge(event.target.checked)}
        />
        {t('appeal.acknowledge')}
      </label>
      {acknowledge && (
        <label>
          {t('appeal.acknowledgementReason')}
          <textarea
            required
            minLength={5}
            value={acknowledgementReason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
      )}
      <button type="submit" className="button-primary" disabled={publish.isPending}>
        {t('appeal.publish')}
      </button>
      {version !== null && <p role="status">{t('appeal.publishedVersion', { version: String(version) })}</p>}
    </form>
  );
}
