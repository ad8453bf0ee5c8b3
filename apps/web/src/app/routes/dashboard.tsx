import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n';
import type { MessageKey } from '../../lib/messages';

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
  return (
    <section>
      <h1>{t('dashboard.welcome')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <h2>{t('dashboard.cycle')}</h2>
      <ol className="cycle">
        {CYCLE.map((step, i) => (
          <li key={step.to}>
            <span className="cycle-number">{i + 1}</span>
            <Link to={step.to}>{t(step.label)}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
