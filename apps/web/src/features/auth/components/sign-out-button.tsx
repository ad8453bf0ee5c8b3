import { useMutation } from '@tanstack/react-query';
import { useI18n } from '../../../lib/i18n';
import { signOut } from '../api';

/** Signs out here and on the server; `<RequireAuth>` then shows the login page. */
export function SignOutButton({ className = 'button-secondary' }: { className?: string }) {
  const { t } = useI18n();
  const logout = useMutation({ mutationFn: signOut });
  return (
    <button type="button" className={className} disabled={logout.isPending} onClick={() => logout.mutate()}>
      {t('session.signOut')}
    </button>
  );
}
