import { Suspense } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { useI18n } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';
import { lazyPage } from '../lazy-page';
import { MAIN_NAV, visibleTo } from '../navigation';

// Its own chunk: the dashboard loads with the shell, the analysis feature only when someone may see tasks.
const OverdueTasks = lazyPage(() => import('../../features/analysis'), 'OverdueTasks');

const CYCLE: Array<{ to: string; label: MessageKey }> = [
  { to: '/criteria', label: 'cycle.criteria' },
  { to: '/periods', label: 'cycle.period' },
  { to: '/self-assessment', label: 'cycle.self' },
  { to: '/appraisal', label: 'cycle.appraisal' },
  { to: '/survey', label: 'cycle.survey' },
  { to: '/results', label: 'cycle.results' },
  { to: '/analysis', label: 'cycle.analysis' },
];

export function DashboardPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const mine = new Set(MAIN_NAV.filter(visibleTo(user.role)).map((item) => item.to));
  return (
    <section>
      <h1>{t('dashboard.welcome')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('dashboard.greeting', { name: user.fullName })}</p>
      {user.role !== 'surveyor' && (
        <Suspense fallback={null}>
          <OverdueTasks />
        </Suspense>
      )}
      <h2>{t('dashboard.cycle')}</h2>
      <ol className="cycle">
        {CYCLE.map((step, i) => (
          <li key={step.to} className={mine.has(step.to) ? undefined : 'cycle-other'}>
            <span className="cycle-number">{i + 1}</span>
            {mine.has(step.to) ? <Link to={step.to}>{t(step.label)}</Link> : <span>{t(step.label)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
