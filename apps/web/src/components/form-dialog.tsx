import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { Dialog } from './dialog';

interface FormDialogProps {
  title: string;
  onClose(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  pending: boolean;
  disabled?: boolean;
  submitLabel?: string;
  wide?: boolean;
  children: ReactNode;
}

/** A form in a modal dialog, ending with Cancel and its submit button. */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  pending,
  disabled,
  submitLabel,
  wide,
  children,
}: FormDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onClose} wide={wide}>
      <form className="form" noValidate onSubmit={onSubmit}>
        {children}
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={pending || disabled}>
            {pending ? t('action.working') : (submitLabel ?? t('action.save'))}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
