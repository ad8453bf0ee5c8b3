import { useI18n } from '../../../lib/i18n';
import { useSignOut } from '../api/sign-out';

/** Signs out here and on the server; `<RequireAuth>` then shows the login page. */
export function SignOutButton({ className = 'button-secondary' }: { className?: string }) {
  const { t } = useI18n();
  const logout = useSignOut();
  return (
    <button type="button" className={className} disabled={logout.isPending} onClick={() => logout.mutate()}>
      {t('session.signOut')}
    </button>
  );
}
