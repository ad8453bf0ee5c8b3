import { Navigate, useLocation } from 'react-router';
import { LoginForm, useSessionState } from '../../features/auth';
import { HealthBadge } from '../../features/health';
import { useI18n } from '../../lib/i18n';

/** Where the user came from, if it is a page of this app. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const session = useSessionState();
  const location = useLocation();
  if (session.status === 'active') return <Navigate to={returnPath(location.state)} replace />;
  return (
    <main className="auth-page">
      <section className="auth-card" aria-labelledby="login-title">
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.fullName')}</small>
          </span>
        </div>
        <h1 id="login-title">{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <LoginForm />
        <div className="auth-footer">
          <HealthBadge />
          <button
            type="button"
            className="button-link"
            // Its name is what it shows (the other language, in that language); the purpose is its title.
            lang={lang === 'vi' ? 'en' : 'vi'}
            title={t('lang.label')}
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          >
            {t('lang.switch')}
          </button>
        </div>
      </section>
    </main>
  );
}
