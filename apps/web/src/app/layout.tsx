import { Suspense, useState, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LeaveGuard } from '../components/leave-guard';
import { useCurrentUser, UserMenu } from '../features/auth';
import { HealthBadge } from '../features/health';
import { NotificationBell } from '../features/notification';
import { useI18n } from '../lib/i18n';
import { ADMIN_NAV, MAIN_NAV, visibleTo, type NavItem } from './navigation';

/**
 * The signed-in shell: the links the user's role may open, who is signed in, and the page (`fallback` while
 * a page's chunk loads).
 */
export function Layout({ fallback = null }: { fallback?: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const user = useCurrentUser();
  const main = MAIN_NAV.filter(visibleTo(user.role));
  const admin = ADMIN_NAV.filter(visibleTo(user.role));
  // On a phone the menu is folded behind a button (layout.css), so it never fills the top of every page;
  // following a link folds it again.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const link = (item: NavItem) => (
    <li key={item.to}>
      <NavLink
        to={item.to}
        end={item.to === '/'}
        className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
      >
        {t(item.label)}
      </NavLink>
    </li>
  );
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.fullName')}</small>
          </span>
        </a>
        <button
          type="button"
          className="button-quiet menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setOpenOn(menuOpen ? null : pathname)}
        >
          {t('nav.menu')}
        </button>
        <div className="topbar-actions">
          <HealthBadge />
          <NotificationBell />
          <button
            type="button"
            className="button-quiet"
            // Its name is what it shows (the other language, in that language); the purpose is its title.
            lang={lang === 'vi' ? 'en' : 'vi'}
            title={t('lang.label')}
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          >
            {t('lang.switch')}
          </button>
          <UserMenu />
        </div>
      </header>
      <nav
        id="main-nav"
        className={menuOpen ? 'sidebar sidebar-open' : 'sidebar'}
        aria-label={t('nav.label')}
      >
        <ul>{main.map(link)}</ul>
        {admin.length > 0 && (
          <>
            <p className="nav-heading">{t('nav.admin')}</p>
            <ul>{admin.map(link)}</ul>
            <p className="nav-footer">
              <a href="/api/docs" target="_blank" rel="noreferrer">
                {t('nav.apiDocs')} ↗
              </a>
            </p>
          </>
        )}
      </nav>
      <main className="content" id="main" tabIndex={-1}>
        <Suspense fallback={fallback}>
          <Outlet />
        </Suspense>
      </main>
      <LeaveGuard />
    </div>
  );
}
