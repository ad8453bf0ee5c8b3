import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SecretDialog } from '../../../components/secret-once';
import { useI18n } from '../../../lib/i18n';
import { resetPassword, userKeys, type User } from '../api';

/** Asks, resets the password (ending the user's sessions), then shows the generated one once. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => resetPassword(user.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
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
      onConfirm={() => reset.mutate()}
      onCancel={onClose}
    >
      <p>{t('users.resetExplain', { name: user.fullName })}</p>
    </ConfirmDialog>
  );
}
