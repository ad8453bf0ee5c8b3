import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../lib/i18n';
import { unsavedChanges, useHasUnsavedChanges } from '../lib/unsaved-changes';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Asks before the page is left while a form holds unsaved edits: the browser's own question on reload, close
 * or a typed address (`beforeunload`), this dialog on a link or back/forward inside the app. Once per shell.
 */
export function LeaveGuard() {
  const { t } = useI18n();
  const unsaved = useHasUnsavedChanges();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title={t('leave.title')}
      confirmLabel={t('leave.confirm')}
      danger
      onConfirm={() => {
        unsavedChanges.clear();
        blocker.proceed();
      }}
      onCancel={() => blocker.reset()}
    >
      <p>{t('leave.explain')}</p>
    </ConfirmDialog>
  );
}
