import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SecretDialog } from '../../../components/secret-once';
import { useI18n } from '../../../lib/i18n';
import { useResetPassword } from '../api/reset-password';
import type { User } from '../api/types';

/** Asks, resets the password (ending the user's sessions), then shows the generated one once. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useI18n();
  const reset = useResetPassword();
  if (reset.data) {
    return (
      <SecretDialog
        title={t('users.resetDoneTitle', { username: user.username })}
        label={t('users.newPassword')}
        value={reset.data.password}
        warning={t('users.passwordOnce')}
        onClose={onClose}
      >
        <p className="muted">{t('users.resetMustChange')}</p>
      </SecretDialog>
    );
  }
  return (
    <ConfirmDialog
      title={t('users.resetTitle', { username: user.username })}
      confirmLabel={t('users.resetPassword')}
      danger
      pending={reset.isPending}
      error={reset.error}
      onConfirm={() => reset.mutate(user.id)}
      onCancel={onClose}
    >
      <p>{t('users.resetExplain', { name: user.fullName })}</p>
    </ConfirmDialog>
  );
}
