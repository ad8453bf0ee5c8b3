import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Room for an editor (a rule with its preview) rather than a short form. */
  wide?: boolean;
}

/**
 * A modal dialog (native `<dialog>`: the page behind is inert, Escape closes it). Mount it to open it;
 * unmounting closes it and gives focus back to what had it.
 */
export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-icon" aria-label={t('action.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
