import { NavLink, Outlet } from 'react-router';
import { HealthBadge } from '../features/health';
import { useI18n } from '../lib/i18n';
import type { MessageKey } from '../lib/messages';

interface NavItem {
  to: string;
  label: MessageKey;
}

const MAIN_NAV: NavItem[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/criteria', label: 'nav.criteria' },
  { to: '/periods', label: 'nav.periods' },
  { to: '/self-assessment', label: 'nav.selfAssessment' },
  { to: '/appraisal', label: 'nav.appraisal' },
  { to: '/survey', label: 'nav.survey' },
  { to: '/results', label: 'nav.results' },
  { to: '/analysis', label: 'nav.analysis' },
];

const ADMIN_NAV: NavItem[] = [
  { to: '/admin/units', label: 'nav.units' },
  { to: '/admin/users', label: 'nav.users' },
  { to: '/admin/api-keys', label: 'nav.apiKeys' },
  { to: '/admin/audit', label: 'nav.audit' },
];

export function Layout() {
  const { t, lang, setLang } = useI18n();
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
      <header className="topbar">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.fullName')}</small>
          </span>
        </a>
        <div className="topbar-actions">
          <HealthBadge />
          <button
            type="button"
            className="button-quiet"
            aria-label={t('lang.label')}
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <ul>{MAIN_NAV.map(link)}</ul>
        <p className="nav-heading">{t('nav.admin')}</p>
        <ul>{ADMIN_NAV.map(link)}</ul>
        <p className="nav-footer">
          <a href="/api/docs" target="_blank" rel="noreferrer">
            {t('nav.apiDocs')} ↗
          </a>
        </p>
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
