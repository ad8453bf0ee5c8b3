import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useDecideAppeal } from '../api/decide-appeal';
import type { Appeal, AppealLeaf } from '../api/types';
import { parseCorrectedInput } from '../corrected-input';

/** One appeal: its leaves with reason, evidence and outcome; the council decides a pending leaf. */
export function AppealCard({
  periodId,
  appeal,
  canDecide,
}: {
  periodId: string;
  appeal: Appeal;
  canDecide: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <article aria-label={`${appeal.unitCode} — ${appeal.unitName}`}>
      <h3>
        {t('appeal.filedBy', {
          unit: `${appeal.unitCode} — ${appeal.unitName}`,
          who: appeal.filedBy,
          time: formatDateTime(appeal.filedAt),
        })}
      </h3>
      <ul className="plain-list">
        {appeal.leaves.map((leaf) => (
          <li key={leaf.leafCode}>
            <strong>
              {leaf.leafCode} — {leaf.title}
            </strong>
            <p>
              {t('appeal.reason')}: {leaf.reason}
            </p>
            <p>
              {t('appeal.published')}: <code>{JSON.stringify(leaf.publishedInput)}</code>
            </p>
            {leaf.evidence.length > 0 && (
              <ul>
                {leaf.evidence.map((file) => (
                  <li key={file.id}>
                    <a href={`/api/v1/periods/${periodId}/appeals/${appeal.id}/evidence/${file.id}`}>
                      {file.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {leaf.outcome ? (
              <p>
                {t('appeal.decidedBy', {
                  outcome: t(leaf.outcome === 'upheld' ? 'appeal.upheld' : 'appeal.rejected'),
                  who: leaf.decidedBy ?? '',
                  reason: leaf.decisionReason ?? '',
                })}
                {leaf.correctedInput && <code> {JSON.stringify(leaf.correctedInput)}</code>}
              </p>
            ) : canDecide ? (
              <DecideLeafForm periodId={periodId} appeal={appeal} leaf={leaf} />
            ) : (
              <span className="pill pill-muted">{t('appeal.pending')}</span>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}

function DecideLeafForm({ periodId, appeal, leaf }: { periodId: string; appeal: Appeal; leaf: AppealLeaf }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('upheld');
  const [corrected, setCorrected] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const decide = useDecideAppeal(periodId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = outcome === 'upheld' ? parseCorrectedInput(corrected) : undefined;
    setInvalid(outcome === 'upheld' && input === null);
    if (outcome === 'upheld' && input === null) return;
    decide.mutate({
      appealId: appeal.id,
      body: {
        version: appeal.version,
        leaves: [{ leafCode: leaf.leafCode, outcome, reason, ...(input ? { correctedInput: input } : {}) }],
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label={`${t('appeal.decide')} ${leaf.leafCode}`}>
      <ErrorAlert error={decide.error} />
      <label>
        {t('appeal.outcome')}
        <select value={outcome} onChange={(event) => setOutcome(event.target.value as 'upheld' | 'rejected')}>
          <option value="upheld">{t('appeal.upheld')}</option>
          <option value="rejected">{t('appeal.rejected')}</option>
        </select>
      </label>
      {outcome === 'upheld' && (
        <>
          <label>
            {t('appeal.corrected')}
            <input
              value={corrected}
              aria-invalid={invalid}
              onChange={(event) => setCorrected(event.target.value)}
            />
          </label>
          {invalid && <p className="field-error">{t('appeal.correctedInvalid')}</p>}
        </>
      )}
      <label>
        {t('appeal.decisionReason')}
        <textarea required minLength={5} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit" className="button-primary" disabled={decide.isPending}>
        {t('appeal.decide')}
      </button>
    </form>
  );
}
