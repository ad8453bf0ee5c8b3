import { useQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { meQueryOptions } from '../api/get-me';
import { CurrentUserContext } from '../current-user';
import { useSessionState } from '../use-session';
import { LazyChangePasswordForm } from './lazy-change-password-form';
import { SignOutButton } from './sign-out-button';

/**
 * The signed-in part of the app: without a session (never signed in, signed out, expired, revoked) it
 * sends the user to /login and back here afterwards; a user who must change the password does that first.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const state = useSessionState();
  const location = useLocation();
  const me = useQuery({ ...meQueryOptions(), enabled: state.status === 'active' });

  if (state.status !== 'active') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (me.isPending) {
    return (
      <p className="page-status" role="status">
        {t('session.loading')}
      </p>
    );
  }
  if (me.isError) {
    return (
      <section className="page-status">
        <ErrorAlert error={me.error} />
        <div className="form-actions">
          <button type="button" className="button-primary" onClick={() => void me.refetch()}>
            {t('action.retry')}
          </button>
          <SignOutButton />
        </div>
      </section>
    );
  }
  if (me.data.mustChangePassword) {
    return (
      <main className="auth-page">
        <section className="auth-card">
          <h1>{t('password.forcedTitle')}</h1>
          <p className="muted">{t('password.forcedExplain', { name: me.data.fullName })}</p>
          <Suspense fallback={<p role="status">{t('session.loading')}</p>}>
            <LazyChangePasswordForm />
          </Suspense>
          <div className="auth-footer">
            <span className="muted">{me.data.username}</span>
            <SignOutButton className="button-link" />
          </div>
        </section>
      </main>
    );
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}
