import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { Dialog } from './dialog';
import { ErrorAlert } from './error-alert';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  error?: unknown;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before an action that cannot be taken back (revoke a key, disable an account…). */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onCancel}>
      <div className="confirm-text">{children}</div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'button-danger' : 'button-primary'}
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? t('action.working') : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
