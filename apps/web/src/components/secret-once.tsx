import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { Dialog } from './dialog';

interface SecretOnceProps {
  label: string;
  value: string;
  /** Why this is the only time the secret is shown, and what to do with it. */
  warning: string;
}

function SecretOnce({ label, value, warning }: SecretOnceProps) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'manual' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // no clipboard (plain http, denied permission): select it for Ctrl+C
      input.current?.select();
      setCopied('manual');
    }
  };

  return (
    <div className="secret">
      <p className="alert alert-warning" role="note">
        {warning}
      </p>
      <label htmlFor={id}>{label}</label>
      <div className="secret-row">
        <input
          ref={input}
          id={id}
          className="secret-value"
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button-primary" onClick={() => void copy()}>
          {t('action.copy')}
        </button>
      </div>
      <p className="secret-status" role="status" aria-live="polite">
        {copied === 'yes' ? t('secret.copied') : copied === 'manual' ? t('secret.copyManually') : ''}
      </p>
    </div>
  );
}

/** A dialog showing a secret once (a new API key, a new password), with a copy button and a warning. */
export function SecretDialog({
  title,
  doneLabel,
  onClose,
  children,
  ...secret
}: SecretOnceProps & { title: string; doneLabel?: string; onClose(): void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onClose}>
      <SecretOnce {...secret} />
      {children}
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          {doneLabel ?? t('action.done')}
        </button>
      </div>
    </Dialog>
  );
}
