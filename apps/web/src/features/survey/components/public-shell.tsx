import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';

/**
 * The answer page's frame: no menu, no account — the product's name, the page, and what is kept of an
 * answer. Sized for a 360 px phone first.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public-survey">
      <header className="public-survey-header">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <span>
          <strong>{t('app.name')}</strong>
          <small>{t('app.fullName')}</small>
        </span>
      </header>
      <main className="public-survey-main" id="main">
        {children}
      </main>
      <footer className="public-survey-footer">
        <p>{t('survey.public.anonymity')}</p>
      </footer>
    </div>
  );
}

/** A clear message in place of the form: why it cannot be answered now, and what to do. */
export function PublicNotice({
  title,
  children,
  tone = 'info',
}: {
  title: string;
  children: ReactNode;
  tone?: 'info' | 'success' | 'warning';
}) {
  return (
    <section className={`public-notice public-notice-${tone}`} role="status" aria-live="polite">
      <h1>{title}</h1>
      {children}
    </section>
  );
}
